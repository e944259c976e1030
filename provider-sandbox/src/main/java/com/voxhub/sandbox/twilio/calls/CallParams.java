package com.voxhub.sandbox.twilio.calls;

import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters Twilio sends with every request about a call (status callbacks, TwiML, Gather). */
final class CallParams {

    private CallParams() {
    }

    static Map<String, String> base(VoiceCall call, String callStatus) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", call.accountSid);
        String answeredBy = call.snapshot().answeredBy();
        if (answeredBy != null) {
            params.put("AnsweredBy", answeredBy);
        }
        params.put("ApiVersion", "2010-04-01");
        params.put("CallSid", call.sid);
        params.put("CallStatus", callStatus);
        params.put("Called", call.request.to());
        params.put("Caller", call.request.from());
        params.put("Direction", "outbound-api");
        params.put("From", call.request.from());
        params.put("To", call.request.to());
        return params;
    }
}
