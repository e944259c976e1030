package com.voxhub.messaging.provider;

import com.voxhub.messaging.email.domain.EmailSender;
import com.voxhub.messaging.provider.http.ProviderHttp;
import com.voxhub.messaging.provider.resilience.ProviderResilience;
import com.voxhub.messaging.provider.sendgrid.SendGridEmailSender;
import com.voxhub.messaging.provider.sendgrid.SendGridProperties;
import com.voxhub.messaging.provider.smtp.SmtpEmailSender;
import com.voxhub.messaging.provider.smtp.SmtpProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/** The email provider, chosen by {@code voxhub.messaging.email.provider}: {@code smtp} (default) or {@code sendgrid}. */
@Configuration(proxyBeanMethods = false)
public class EmailProviderConfiguration {

    @Bean
    @ConditionalOnProperty(name = "voxhub.messaging.email.provider", havingValue = "smtp", matchIfMissing = true)
    EmailSender smtpEmailSender(JavaMailSender mail, SmtpProperties smtp) {
        return new SmtpEmailSender(mail, smtp, new ProviderResilience(SmtpEmailSender.PROVIDER, smtp.resilience()));
    }

    @Bean
    @ConditionalOnProperty(name = "voxhub.messaging.email.provider", havingValue = "sendgrid")
    EmailSender sendGridEmailSender(SendGridProperties sendgrid, Clock clock) {
        return new SendGridEmailSender(
                ProviderHttp.webClient("sendgrid", sendgrid.baseUrl(), sendgrid.connectTimeout(),
                        sendgrid.responseTimeout(), sendgrid.maxConnections()),
                sendgrid, new ProviderResilience(SendGridEmailSender.PROVIDER, sendgrid.resilience()), clock);
    }
}
