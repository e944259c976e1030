package com.voxhub.webhook.config;

import com.voxhub.webhook.callback.domain.CallbackIngest;
import com.voxhub.webhook.callback.domain.CallbackPublisher;
import com.voxhub.webhook.callback.domain.FieldLimits;
import com.voxhub.webhook.callback.domain.PublishedEvents;
import com.voxhub.webhook.callback.domain.RecentEventIds;
import com.voxhub.webhook.callback.jdbc.JdbcPublishedEvents;
import com.voxhub.webhook.provider.email.InboundEmailParser;
import com.voxhub.webhook.provider.mailgateway.MailGatewayEventParser;
import com.voxhub.webhook.provider.mailgateway.MailGatewayReplyParser;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.voxhub.webhook.callback.kafka.KafkaCallbackPublisher;
import com.voxhub.webhook.callback.web.CallbackIngestion;
import com.voxhub.webhook.callback.web.CallbackRequests;
import com.voxhub.webhook.provider.sendgrid.SendGridEventParser;
import com.voxhub.webhook.provider.sendgrid.SendGridSignatureVerifier;
import com.voxhub.webhook.provider.sendgrid.SendGridVerificationKey;
import com.voxhub.webhook.provider.sendgrid.SendGridWebhookProperties;
import com.voxhub.webhook.provider.twilio.TwilioCallbackParser;
import com.voxhub.webhook.provider.twilio.TwilioProperties;
import com.voxhub.webhook.provider.twilio.TwilioSignatureVerifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.scheduler.Schedulers;

/** Wires the vendor adapters, the ingest and its Kafka publisher. */
@Configuration(proxyBeanMethods = false)
public class WebhookConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TwilioSignatureVerifier twilioSignatureVerifier(TwilioProperties twilio) {
        return new TwilioSignatureVerifier(twilio.authToken());
    }

    @Bean
    TwilioCallbackParser twilioCallbackParser() {
        return new TwilioCallbackParser();
    }

    @Bean
    SendGridSignatureVerifier sendGridSignatureVerifier(SendGridWebhookProperties sendgrid, Clock clock) {
        return new SendGridSignatureVerifier(new SendGridVerificationKey(sendgrid.verificationKeyFile()),
                sendgrid.replayWindow(), clock);
    }

    @Bean
    SendGridEventParser sendGridEventParser() {
        return new SendGridEventParser();
    }

    @Bean
    CallbackPublisher callbackPublisher(KafkaTemplate<String, SpecificRecord> kafka) {
        return new KafkaCallbackPublisher(kafka);
    }

    @Bean
    PublishedEvents publishedEvents(DataSource dataSource, WebhookProperties webhooks, Clock clock) {
        return new JdbcPublishedEvents(JdbcClient.create(dataSource), webhooks.dedupRetention(), clock);
    }

    @Bean
    CallbackIngest callbackIngest(CallbackPublisher publisher, PublishedEvents published, WebhookProperties webhooks,
                                  Clock clock, MeterRegistry meters) {
        RecentEventIds recent = new RecentEventIds(webhooks.duplicateWindow(), webhooks.duplicateWindowMaxSize(),
                clock);
        // Sends may block (see CallbackIngest): Reactor's bounded elastic pool is made for that and is bounded.
        Executor sendExecutor = task -> Schedulers.boundedElastic().schedule(task);
        return new CallbackIngest(publisher, recent, published, webhooks.publishTimeout(),
                webhooks.publishTimePerRecord(), meters, sendExecutor);
    }

    @Bean
    FieldLimits fieldLimits(WebhookProperties webhooks) {
        return webhooks.limits().fields().toLimits();
    }

    @Bean
    InboundEmailParser inboundEmailParser(FieldLimits limits) {
        return new InboundEmailParser(limits);
    }

    @Bean
    MailGatewayReplyParser mailGatewayReplyParser(InboundEmailParser emails) {
        return new MailGatewayReplyParser(emails);
    }

    @Bean
    MailGatewayEventParser mailGatewayEventParser(FieldLimits limits) {
        return new MailGatewayEventParser(limits);
    }

    @Bean
    CallbackIngestion callbackIngestion(CallbackIngest ingest) {
        return new CallbackIngestion(ingest);
    }

    @Bean
    CallbackRequests callbackRequests(Clock clock) {
        return new CallbackRequests(clock);
    }
}
