package com.voxhub.messaging.provider.smtp;

import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.resilience.AmbiguousProviderException;
import com.voxhub.messaging.provider.resilience.TransientProviderException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Sorts SMTP failures by reply code: 5xx is permanent (unknown mailbox, refused), 4xx transient (greylisting,
 * mailbox busy). A refused connection never sent anything; a socket timeout during the exchange may have.
 */
final class SmtpErrors {

    private SmtpErrors() {
    }

    /** @throws TransientProviderException for failures worth retrying */
    static SendResult classify(MailException error) {
        if (error instanceof MailAuthenticationException) {
            throw new TransientProviderException("smtp_authentication_failed", null);
        }
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < 10; cause = next(cause)) {
            int code = replyCode(cause);
            if (code >= 500) {
                return new SendResult.Rejected("smtp_" + code + ": rejected");
            }
            if (code >= 400) {
                throw new TransientProviderException("smtp_" + code, null);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                throw new TransientProviderException("smtp_unreachable", null);
            }
            if (cause instanceof SocketTimeoutException) {
                throw new AmbiguousProviderException("smtp_timeout");
            }
        }
        throw new AmbiguousProviderException("smtp_error");
    }

    private static int replyCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (cause instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return -1;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
            Exception first = send.getFailedMessages().values().iterator().next();
            if (first != cause) {
                return first;
            }
        }
        if (cause instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }
}
