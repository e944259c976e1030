package com.voxhub.sandbox.sendgrid;

import com.voxhub.sandbox.Channel;
import com.voxhub.sandbox.config.SendGridProperties;
import com.voxhub.sandbox.faults.ProviderGate;
import com.voxhub.sandbox.recording.RecordedRequest;
import com.voxhub.sandbox.recording.RequestRecorder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SendGrid's v3 Mail Send: 202 with X-Message-Id, then signed Event Webhook posts. */
@RestController
class MailSendController {

    private final ProviderGate gate;
    private final SendGridProperties properties;
    private final EmailLifecycle lifecycle;
    private final RequestRecorder recorder;
    private final JsonMapper json;

    MailSendController(ProviderGate gate, SendGridProperties properties, EmailLifecycle lifecycle,
                       RequestRecorder recorder, JsonMapper json) {
        this.gate = gate;
        this.properties = properties;
        this.lifecycle = lifecycle;
        this.recorder = recorder;
        this.json = json;
    }

    @PostMapping("/v3/mail/send")
    Mono<ResponseEntity<Object>> send(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                      String authorization,
                                      @RequestBody(required = false) byte[] body) {
        MailParser.Result parsed = parse(body);
        RecordedRequest.Draft draft = RecordedRequest.draft(Channel.EMAIL, "send", "POST", "/v3/mail/send");
        if (parsed.mail() != null) {
            MailSend mail = parsed.mail();
            Map<String, String> content = new LinkedHashMap<>();
            content.put("subject", mail.personalizations().isEmpty() ? mail.subject()
                    : mail.subjectOf(mail.personalizations().get(0)));
            content.put("text", mail.text());
            content.put("html", mail.html());
            draft = draft.about(String.join(",", mail.allRecipients()), content, mail.reference());
        }
        RecordedRequest.Draft recorded = draft;
        return gate.guard(Channel.EMAIL, recorded, SendGridErrors::fault,
                () -> Mono.just(accept(authorization, parsed, recorded)));
    }

    private ResponseEntity<Object> accept(String authorization, MailParser.Result parsed,
                                          RecordedRequest.Draft draft) {
        if (!isAuthorized(authorization)) {
            return answered(draft, SendGridErrors.unauthorized(), null);
        }
        if (!parsed.errors().isEmpty()) {
            return answered(draft, SendGridErrors.of(400, parsed.errors()), null);
        }
        String messageId = EmailEvents.newMessageId();
        lifecycle.start(parsed.mail(), messageId);
        return answered(draft, ResponseEntity.accepted().header("X-Message-Id", messageId).build(), messageId);
    }

    private MailParser.Result parse(byte[] body) {
        try {
            JsonNode root = body == null || body.length == 0 ? null : json.readTree(body);
            if (root != null && root.isObject()) {
                return MailParser.parse(root);
            }
        } catch (JacksonException e) {
            // falls through to SendGrid's answer for a body that is not JSON
        }
        return new MailParser.Result(null, List.of(new SendGridErrors.Error("Bad Request", null, null)));
    }

    private boolean isAuthorized(String authorization) {
        String expected = "Bearer " + properties.apiKey();
        return authorization != null && MessageDigest.isEqual(authorization.trim().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<Object> answered(RecordedRequest.Draft draft, ResponseEntity<Object> answer,
                                            String providerId) {
        recorder.record(draft, answer.getStatusCode().value(), providerId);
        return answer;
    }
}
