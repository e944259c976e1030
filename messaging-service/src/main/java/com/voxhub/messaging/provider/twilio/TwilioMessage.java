package com.voxhub.messaging.provider.twilio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A Twilio Message resource, the fields we read of it. Twilio writes dates in RFC 2822 form. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TwilioMessage(
        String sid,
        String status,
        String to,
        String from,
        String body,
        @JsonProperty("date_created") String dateCreated,
        @JsonProperty("error_code") Integer errorCode) {

    public Instant createdAt() {
        if (dateCreated == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(dateCreated, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A page of {@code GET .../Messages.json}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<TwilioMessage> messages) {

        public List<TwilioMessage> messagesOrEmpty() {
            return messages == null ? List.of() : messages;
        }
    }

    /** Twilio's error body: {@code {"code": 21211, "message": "...", "more_info": "...", "status": 400}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(Integer code, String message, Integer status) {
    }
}
