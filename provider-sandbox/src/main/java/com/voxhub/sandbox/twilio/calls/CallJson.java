package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.twilio.TwilioTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Call resource as Twilio's 2010-04-01 API writes it in JSON. */
final class CallJson {

    private CallJson() {
    }

    static Map<String, Object> of(VoiceCall call) {
        VoiceCall.Snapshot s = call.snapshot();
        String uri = "/2010-04-01/Accounts/" + call.accountSid + "/Calls/" + call.sid;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", call.accountSid);
        json.put("annotation", null);
        json.put("answered_by", s.answeredBy());
        json.put("api_version", "2010-04-01");
        json.put("caller_name", null);
        json.put("date_created", TwilioTime.format(call.dateCreated));
        json.put("date_updated", TwilioTime.format(s.dateUpdated()));
        json.put("direction", "outbound-api");
        json.put("duration", s.duration() == null ? null : String.valueOf(s.duration()));
        json.put("end_time", TwilioTime.format(s.endTime()));
        json.put("forwarded_from", null);
        json.put("from", call.request.from());
        json.put("from_formatted", call.request.from());
        json.put("group_sid", null);
        json.put("parent_call_sid", null);
        json.put("phone_number_sid", null);
        json.put("price", s.duration() == null || s.duration() == 0 ? null : "-0.01400");
        json.put("price_unit", "USD");
        json.put("queue_time", "0");
        json.put("sid", call.sid);
        json.put("start_time", TwilioTime.format(s.startTime()));
        json.put("status", s.status());
        json.put("subresource_uris", Map.of(
                "notifications", uri + "/Notifications.json",
                "recordings", uri + "/Recordings.json",
                "events", uri + "/Events.json"));
        json.put("to", call.request.to());
        json.put("to_formatted", call.request.to());
        json.put("trunk_sid", null);
        json.put("uri", uri + ".json");
        return json;
    }
}
