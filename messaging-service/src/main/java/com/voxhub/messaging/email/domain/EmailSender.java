package com.voxhub.messaging.email.domain;

import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.SendResult;
import reactor.core.publisher.Mono;

/** The email provider port; like the SMS port, failures are classified into results, never thrown. */
public interface EmailSender {

    String provider();

    Mono<SendResult> send(EmailRequest request);

    /**
     * What the provider knows of a request whose outcome was lost. Providers without a message lookup (SMTP,
     * SendGrid without the Email Activity add-on) answer {@link LookupResult.Unsupported}.
     */
    Mono<LookupResult> lookup(EmailRequest request);
}
