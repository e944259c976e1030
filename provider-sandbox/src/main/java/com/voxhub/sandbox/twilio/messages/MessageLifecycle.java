package com.voxhub.sandbox.twilio.messages;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.callbacks.CallbackSender;
import com.voxhub.sandbox.config.SandboxProperties;
import com.voxhub.sandbox.config.StepDelays;
import com.voxhub.sandbox.outcome.OutcomeRules;
import com.voxhub.sandbox.outcome.PhoneOutcome;
import com.voxhub.sandbox.twilio.TwilioCallbacks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Moves an accepted message through queued, sent and its final status, posting a signed status
 * callback at each step. Steps run one after the other, so callbacks arrive in order.
 */
@Component
class MessageLifecycle {

    private final OutcomeRules rules;
    private final StepDelays steps;
    private final SandboxProperties properties;
    private final TwilioCallbacks twilio;
    private final CallbackSender sender;

    MessageLifecycle(OutcomeRules rules, StepDelays steps, SandboxProperties properties, TwilioCallbacks twilio,
                     CallbackSender sender) {
        this.rules = rules;
        this.steps = steps;
        this.properties = properties;
        this.twilio = twilio;
        this.sender = sender;
    }

    void start(SmsMessage message) {
        PhoneOutcome outcome = rules.forPhone(message.to);
        Duration finalDelay = outcome == PhoneOutcome.SLOW ? properties.slowAnswerDelay() : steps.next();
        step(message, steps.next(), "queued", null, null)
                .then(step(message, steps.next(), "sent", null, null))
                .then(outcome == PhoneOutcome.UNREACHABLE
                        ? step(message, finalDelay, "undelivered", 30003, "Unreachable destination handset")
                        : step(message, finalDelay, "delivered", null, null))
                .subscribe();
    }

    private Mono<Void> step(SmsMessage message, Duration delay, String status, Integer errorCode,
                            String errorMessage) {
        return Mono.delay(delay)
                .then(Mono.defer(() -> {
                    message.moveTo(status, errorCode, errorMessage);
                    return callback(message, status, errorCode);
                }));
    }

    private Mono<Void> callback(SmsMessage message, String status, Integer errorCode) {
        if (message.statusCallback == null) {
            return Mono.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", message.accountSid);
        params.put("ApiVersion", "2010-04-01");
        params.put("From", message.sender);
        params.put("MessageSid", message.sid);
        params.put("MessageStatus", status);
        if (message.messagingServiceSid != null) {
            params.put("MessagingServiceSid", message.messagingServiceSid);
        }
        params.put("SmsSid", message.sid);
        params.put("SmsStatus", status);
        params.put("To", message.to);
        if (errorCode != null) {
            params.put("ErrorCode", String.valueOf(errorCode));
        }
        return sender.send(twilio.request(Channel.SMS, "status-callback", message.sid, status, "POST",
                message.statusCallback, params)).then();
    }
}
