package com.voxhub.messaging.provider.smtp;

import com.voxhub.messaging.email.domain.EmailRequest;
import com.voxhub.messaging.email.domain.EmailSender;
import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.resilience.AmbiguousProviderException;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.provider.resilience.TransientProviderException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends email over SMTP (Jakarta Mail): multipart/alternative text + HTML, RFC 8058 one-click unsubscribe
 * headers, and a Message-ID derived from our message id, which is also the provider id we record. Jakarta Mail
 * blocks, so sends run on the bounded elastic scheduler.
 */
public final class SmtpEmailSender implements EmailSender {

    public static final String PROVIDER = "smtp";

    private final JavaMailSender mail;
    private final SmtpProperties properties;
    private final ProviderResilience resilience;

    public SmtpEmailSender(JavaMailSender mail, SmtpProperties properties, ProviderResilience resilience) {
        this.mail = mail;
        this.properties = properties;
        this.resilience = resilience;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Mono<SendResult> send(EmailRequest request) {
        return resilience.protect(() -> Mono.fromCallable(() -> deliver(request))
                        .subscribeOn(Schedulers.boundedElastic()))
                .onErrorResume(error -> Mono.just(unsent(error)));
    }

    /** SMTP has no way to ask whether a message went out. */
    @Override
    public Mono<LookupResult> lookup(EmailRequest request) {
        return Mono.just(new LookupResult.Unsupported(PROVIDER));
    }

    private SendResult deliver(EmailRequest request) {
        String messageIdHeader = "<" + request.messageId() + "@" + properties.messageIdDomain() + ">";
        try {
            MimeMessage message = new FixedIdMimeMessage(mail.createMimeMessage(), messageIdHeader);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(request.from());
            helper.setTo(request.to());
            helper.setSubject(request.subject());
            helper.setText(request.text() == null ? "" : request.text(), request.html());
            if (request.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + request.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            mail.send(message);
            return new SendResult.Accepted(messageIdHeader);
        } catch (MessagingException e) {
            // Building the message failed (a malformed address): sending it again cannot help.
            return new SendResult.Rejected("smtp_invalid_message");
        } catch (MailException e) {
            return SmtpErrors.classify(e);
        }
    }

    private SendResult unsent(Throwable error) {
        if (error instanceof AmbiguousProviderException ambiguous) {
            return new SendResult.Unknown(ambiguous.reason());
        }
        if (error instanceof TransientProviderException transientError) {
            return new SendResult.Deferred(transientError.retryAfter(), transientError.reason());
        }
        if (error instanceof CallNotPermittedException) {
            return new SendResult.Deferred(resilience.openStateWait(), "smtp_circuit_open");
        }
        if (error instanceof RequestNotPermitted) {
            return new SendResult.Deferred(Duration.ofSeconds(1), "smtp_rate_limited");
        }
        return new SendResult.Unknown("smtp_unexpected: " + error.getClass().getSimpleName());
    }
}
