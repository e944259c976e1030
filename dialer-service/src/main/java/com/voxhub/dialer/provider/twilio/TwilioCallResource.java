package com.voxhub.dialer.provider.twilio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The fields we read of Twilio's Call resource (JSON of the Calls API). */
@JsonIgnoreProperties(ignoreUnknown = true)
record TwilioCallResource(String sid, String status, String to, String from,
                          @JsonProperty("date_created") String dateCreated,
                          @JsonProperty("answered_by") String answeredBy,
                          String duration) {

    /** A page of the Calls list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<TwilioCallResource> calls) {
    }
}
