package com.voxhub.messaging.sms.domain;

import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.SendResult;
import reactor.core.publisher.Mono;

/**
 * The SMS provider port. Implementations classify every failure into a {@link SendResult} (they do not throw)
 * and own their vendor's timeouts, rate limits and retries.
 */
public interface SmsSender {

    /** Provider name as it appears on events and in the ledger, e.g. {@code twilio}. */
    String provider();

    Mono<SendResult> send(SmsRequest request);

    /**
     * Looks the message up at the provider, by its id when known, otherwise by destination, sender, body and time,
     * to learn whether a request whose outcome we lost (crash, timeout) reached it.
     */
    Mono<LookupResult> lookup(SmsRequest request);
}
