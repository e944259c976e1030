package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.callbacks.CallbackSender;
import com.voxhub.sandbox.twilio.TwilioCallbacks;
import com.voxhub.sandbox.twilio.TwilioTime;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Posts call-progress status callbacks for the events the request subscribed to
 * (initiated, ringing, answered, completed; every final status counts as "completed").
 */
@Component
class CallStatusCallbacks {

    private final TwilioCallbacks twilio;
    private final CallbackSender sender;

    CallStatusCallbacks(TwilioCallbacks twilio, CallbackSender sender) {
        this.twilio = twilio;
        this.sender = sender;
    }

    Mono<Void> notify(VoiceCall call, String callStatus) {
        String event = eventOf(callStatus);
        if (call.request.statusCallback() == null || !call.request.statusCallbackEvents().contains(event)) {
            return Mono.empty();
        }
        Map<String, String> params = CallParams.base(call, callStatus);
        params.put("CallbackSource", "call-progress-events");
        params.put("SequenceNumber", String.valueOf(call.nextSequenceNumber()));
        params.put("Timestamp", TwilioTime.format(Instant.now()));
        if ("completed".equals(event)) {
            int seconds = call.snapshot().duration() == null ? 0 : call.snapshot().duration();
            params.put("CallDuration", String.valueOf(seconds));
            // Duration is the billed length, in whole minutes.
            params.put("Duration", String.valueOf((seconds + 59) / 60));
        }
        return sender.send(twilio.request(Channel.VOICE, "status-callback", call.sid, callStatus,
                call.request.statusCallbackMethod(), call.request.statusCallback(), params)).then();
    }

    private static String eventOf(String callStatus) {
        return switch (callStatus) {
            case "initiated", "ringing" -> callStatus;
            case "in-progress" -> "answered";
            default -> "completed";
        };
    }
}
