package com.voxhub.sandbox.recording;

import com.voxhub.sandbox.Channel;
import java.time.Instant;

/**
 * One provider API request as the sandbox received it, with what it answered.
 *
 * @param kind            {@code send} (message, call, mail), {@code lookup}, {@code update}
 * @param destination     phone number, or the email recipients joined by {@code ,}
 * @param body            SMS text, or the email's subject/text/html; null for calls
 * @param callInstructions Url, MachineDetection and the TwiML fetched later; calls only
 * @param reference       our reference: {@code ref} of the Twilio StatusCallback, SendGrid {@code custom_args.reference}
 * @param providerId      Twilio sid or SendGrid X-Message-Id, when one was issued
 */
public record RecordedRequest(
        String id,
        String channel,
        String kind,
        String method,
        String path,
        String destination,
        Object body,
        CallInstructions callInstructions,
        String reference,
        String providerId,
        int httpStatus,
        Instant receivedAt) {

    public static Draft draft(Channel channel, String kind, String method, String path) {
        return new Draft(channel, kind, method, path, null, null, null, null, Instant.now());
    }

    public RecordedRequest withCallInstructions(CallInstructions instructions) {
        return new RecordedRequest(id, channel, kind, method, path, destination, body, instructions,
                reference, providerId, httpStatus, receivedAt);
    }

    /** What is known of a request before the sandbox decides its answer. */
    public record Draft(Channel channel, String kind, String method, String path, String destination,
                        Object body, CallInstructions callInstructions, String reference, Instant receivedAt) {

        public Draft about(String destination, Object body, String reference) {
            return new Draft(channel, kind, method, path, destination, body, callInstructions, reference, receivedAt);
        }

        public Draft withCallInstructions(CallInstructions instructions) {
            return new Draft(channel, kind, method, path, destination, body, instructions, reference, receivedAt);
        }

        RecordedRequest answered(String id, int httpStatus, String providerId) {
            return new RecordedRequest(id, channel.wireName(), kind, method, path, destination, body,
                    callInstructions, reference, providerId, httpStatus, receivedAt);
        }
    }
}
