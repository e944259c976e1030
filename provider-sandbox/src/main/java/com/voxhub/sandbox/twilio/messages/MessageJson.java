package com.voxhub.sandbox.twilio.messages;

import com.voxhub.sandbox.twilio.TwilioTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Message resource as Twilio's 2010-04-01 API writes it in JSON. */
final class MessageJson {

    private MessageJson() {
    }

    static Map<String, Object> of(SmsMessage m) {
        SmsMessage.Snapshot s = m.snapshot();
        String uri = "/2010-04-01/Accounts/" + m.accountSid + "/Messages/" + m.sid;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", m.accountSid);
        json.put("api_version", "2010-04-01");
        json.put("body", m.body);
        json.put("date_created", TwilioTime.format(m.dateCreated));
        json.put("date_sent", TwilioTime.format(s.dateSent()));
        json.put("date_updated", TwilioTime.format(s.dateUpdated()));
        json.put("direction", "outbound-api");
        json.put("error_code", s.errorCode());
        json.put("error_message", s.errorMessage());
        json.put("from", "accepted".equals(s.status()) ? m.from : m.sender);
        json.put("messaging_service_sid", m.messagingServiceSid);
        json.put("num_media", "0");
        // Twilio reports 0 segments while a Messaging Service has not picked a sender yet.
        json.put("num_segments", String.valueOf("accepted".equals(s.status()) ? 0 : m.numSegments));
        json.put("price", s.dateSent() == null ? null : "-0.00790");
        json.put("price_unit", "USD");
        json.put("sid", m.sid);
        json.put("status", s.status());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("uri", uri + ".json");
        return json;
    }
}
