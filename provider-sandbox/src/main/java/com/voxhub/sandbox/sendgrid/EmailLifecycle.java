package com.voxhub.sandbox.sendgrid;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.callbacks.CallbackSender;
import com.voxhub.sandbox.callbacks.OutboundRequest;
import com.voxhub.sandbox.config.SandboxSendGridProperties;
import com.voxhub.sandbox.config.StepDelays;
import com.voxhub.sandbox.outcome.OutcomeRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * After a send is accepted: posts signed Event Webhook batches to the configured URL, one stage at a time
 * (processed, then delivered or bounce, then open, then click), each a JSON array for all recipients.
 */
@Component
class EmailLifecycle {

    private final OutcomeRules rules;
    private final StepDelays steps;
    private final SandboxSendGridProperties properties;
    private final EventWebhookSigner signer;
    private final CallbackSender sender;
    private final JsonMapper json;

    EmailLifecycle(OutcomeRules rules, StepDelays steps, SandboxSendGridProperties properties,
                   EventWebhookSigner signer, CallbackSender sender, JsonMapper json) {
        this.rules = rules;
        this.steps = steps;
        this.properties = properties;
        this.signer = signer;
        this.sender = sender;
        this.json = json;
    }

    void start(MailSend mail, String messageId) {
        String url = properties.eventWebhookUrl();
        if (url == null || url.isBlank()) {
            return;
        }
        List<EmailEvents.Recipient> recipients = recipients(mail, messageId);
        int stageCount = recipients.stream().mapToInt(r -> EmailEvents.stagesOf(r).size()).max().orElse(0);
        Flux.range(0, stageCount)
                .concatMap(stage -> Mono.delay(steps.next()).then(Mono.defer(() -> post(url, messageId,
                        batch(recipients, stage)))))
                .subscribe();
    }

    private List<Map<String, Object>> batch(List<EmailEvents.Recipient> recipients, int stage) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (EmailEvents.Recipient r : recipients) {
            List<String> stages = EmailEvents.stagesOf(r);
            if (stage < stages.size()) {
                events.add(EmailEvents.event(r, stages.get(stage)));
            }
        }
        return events;
    }

    private Mono<Void> post(String url, String messageId, List<Map<String, Object>> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        byte[] body = json.writeValueAsBytes(events);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventWebhookSigner.SIGNATURE_HEADER, signer.sign(timestamp, body));
        headers.put(EventWebhookSigner.TIMESTAMP_HEADER, timestamp);
        headers.put("User-Agent", "SendGrid Event API");
        String summary = String.join(",", events.stream().map(e -> (String) e.get("event")).distinct().toList());
        return sender.send(new OutboundRequest(Channel.EMAIL, "event-webhook", messageId, summary, "POST", url,
                headers, "application/json; charset=utf-8", body)).then();
    }

    private List<EmailEvents.Recipient> recipients(MailSend mail, String messageId) {
        boolean open = mail.openTracking() != null ? mail.openTracking() : properties.openTrackingDefault();
        boolean click = mail.clickTracking() != null ? mail.clickTracking() : properties.clickTrackingDefault();
        String link = EmailEvents.firstLink(mail.html(), mail.text());
        List<EmailEvents.Recipient> all = new ArrayList<>();
        int index = 0;
        for (MailSend.Personalization p : mail.personalizations()) {
            Map<String, String> args = new LinkedHashMap<>(mail.customArgs());
            args.putAll(p.customArgs());
            for (String email : p.recipients()) {
                all.add(new EmailEvents.Recipient(email, messageId, index++, rules.forEmail(email),
                        mail.categories(), args, open, click, link));
            }
        }
        return all;
    }
}
