package com.voxhub.messaging.config;

import com.voxhub.messaging.campaign.domain.Campaigns;
import com.voxhub.messaging.consent.ConsentProperties;
import com.voxhub.messaging.email.domain.EmailTracking;
import com.voxhub.messaging.email.domain.Engagements;
import com.voxhub.messaging.consent.domain.ConsentEvents;
import com.voxhub.messaging.consent.domain.ConsentLedger;
import com.voxhub.messaging.consent.domain.Consents;
import com.voxhub.messaging.consent.domain.InboundReplies;
import com.voxhub.messaging.message.domain.DirectSends;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.dispatch.DispatchProperties;
import com.voxhub.messaging.message.domain.JobIntake;
import com.voxhub.messaging.message.domain.MessageComposer;
import com.voxhub.messaging.message.domain.MessageEvents;
import com.voxhub.messaging.message.domain.Messages;
import com.voxhub.messaging.message.domain.SendLedger;
import com.voxhub.messaging.message.domain.StatusTracker;
import com.voxhub.messaging.template.domain.Templates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The domain services, which know nothing of Spring, wired to their adapters. */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    Templates templates() {
        return new Templates();
    }

    @Bean
    MessageComposer messageComposer(Templates templates, MessagingProperties properties) {
        return new MessageComposer(templates, properties.defaultSmsSender(), properties.defaultEmailSender());
    }

    @Bean
    SendLedger sendLedger(Messages messages, Campaigns campaigns, MessageEvents events, MessageComposer composer,
                          DispatchProperties dispatch, Clock clock, ConsentLedger consent) {
        return new SendLedger(messages, campaigns, events, composer, dispatch.policy(), clock, consent);
    }

    @Bean
    StatusTracker statusTracker(Messages messages, MessageEvents events, SendLedger ledger, ConsentLedger consent) {
        return new StatusTracker(messages, events, ledger, consent);
    }

    @Bean
    EmailTracking emailTracking(EmailProperties email) {
        return new EmailTracking(email.trackingBaseUrl(), email.trackingSecret());
    }

    @Bean
    Engagements engagements(StatusTracker tracker, Clock clock) {
        return new Engagements(tracker, clock);
    }

    @Bean
    ConsentLedger consentLedger(Consents consents, ConsentEvents events, Clock clock) {
        return new ConsentLedger(consents, events, clock);
    }

    @Bean
    DirectSends directSends(Messages messages, ConsentLedger consent, Clock clock, MessagingProperties properties) {
        return new DirectSends(messages, consent, clock, properties.defaultSmsSender(),
                properties.defaultEmailSender());
    }

    @Bean
    InboundReplies inboundReplies(ConsentLedger ledger, ConsentProperties properties, DirectSends sends) {
        // The HELP answer comes from the number the contact wrote to.
        return new InboundReplies(ledger, properties::helpTextOf, (accountId, to, from, text) ->
                sends.sms(accountId, from, to, text, new Message.Origin(Message.Origin.HELP, null, null)));
    }

    @Bean
    JobIntake jobIntake(Messages messages, MessageEvents events, Clock clock) {
        return new JobIntake(messages, events, clock);
    }
}
