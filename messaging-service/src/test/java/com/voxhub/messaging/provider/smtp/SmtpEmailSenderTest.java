package com.voxhub.messaging.provider.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.voxhub.messaging.email.domain.EmailRequest;
import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.SendResult;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.provider.resilience.ResilienceSettings;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpEmailSenderTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final ResilienceSettings resilience = new ResilienceSettings(100, Duration.ofSeconds(1), 2,
            Duration.ofMillis(20), Duration.ofSeconds(1), 50f, 50, 20, Duration.ofSeconds(15));

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void shouldSendTextAndHtmlPartsWithOneClickUnsubscribeHeadersAndOurMessageId() throws Exception {
        SendResult result = sender(smtp.getSmtp().getPort()).send(request()).block();

        assertThat(result).isEqualTo(new SendResult.Accepted("<msg_1@voxhub.test>"));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Your interview");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.test");
        assertThat(received.getHeader("Message-ID")[0]).isEqualTo("<msg_1@voxhub.test>");
        assertThat(received.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<http://localhost:8083/unsubscribe/msg_1>");
        assertThat(received.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(received.getContent()).isInstanceOf(Multipart.class);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(received))
                .contains("multipart/alternative").contains("text/plain").contains("text/html")
                .contains("Hello Ada").contains("<p>Hello <b>Ada</b></p>");
    }

    @Test
    void shouldDeferWhenTheRelayIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        SendResult result = sender(closed).send(request()).block();

        assertThat(result).isEqualTo(new SendResult.Deferred(null, "smtp_unreachable"));
    }

    @Test
    void shouldSayItCannotLookMessagesUp() {
        assertThat(sender(smtp.getSmtp().getPort()).lookup(request()).block())
                .isEqualTo(new LookupResult.Unsupported("smtp"));
    }

    private SmtpEmailSender sender(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "1000");
        properties.put("mail.smtp.timeout", "2000");
        mail.setJavaMailProperties(properties);
        return new SmtpEmailSender(mail, new SmtpProperties("voxhub.test", resilience),
                new ProviderResilience("smtp", resilience));
    }

    private static EmailRequest request() {
        return new EmailRequest("msg_1", "no-reply@voxhub.test", "ada@example.test", "Your interview",
                "<p>Hello <b>Ada</b></p>", "Hello Ada", "http://localhost:8083/unsubscribe/msg_1", Instant.now(),
                null);
    }
}
