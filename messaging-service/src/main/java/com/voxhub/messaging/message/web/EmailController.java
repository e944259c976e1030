package com.voxhub.messaging.message.web;

import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.MessageHistory;
import com.voxhub.messaging.web.Callers;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.voxhub.messaging.message.web.SmsController.blankToNull;
import static com.voxhub.messaging.message.web.SmsController.page;
import static com.voxhub.messaging.web.QueryParams.email;
import static com.voxhub.messaging.web.QueryParams.limit;
import static com.voxhub.messaging.web.QueryParams.offset;
import static com.voxhub.messaging.web.QueryParams.range;
import static com.voxhub.messaging.web.QueryParams.required;
import static com.voxhub.messaging.web.QueryParams.text;
import static com.voxhub.messaging.web.QueryParams.time;

/** Seed 001, email: send, history, activity, forward-profile and its activity, transactional candidates. */
@RestController
@RequestMapping("/communications/email/v1")
public class EmailController {

    static final String FORWARD_PROFILE = "forward_profile";
    private static final int MAX_SUBJECT = 998;
    private static final int MAX_CONTENT = 512 * 1024;
    private static final int DEFAULT_PAGE = 50;

    private final Callers callers;
    private final ApiSends sends;
    private final MessageHistory history;

    public EmailController(Callers callers, ApiSends sends, MessageHistory history) {
        this.callers = callers;
        this.sends = sends;
        this.history = history;
    }

    public record SendEmailRequest(String subject, String emailContent, String toEmail, String candidateId) {
    }

    public record ForwardProfileRequest(String subject, String toEmail, String candidateEmail) {
    }

    @PostMapping("/send")
    public Mono<Map<String, Object>> send(@RequestHeader(value = "Authorization", required = false) String auth,
                                          @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                          @RequestBody(required = false) SendEmailRequest request) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            if (request == null) {
                throw ApiException.badRequest("Request body is required");
            }
            String content = text("emailContent", request.emailContent(), MAX_CONTENT);
            String subject = text("subject", request.subject(), MAX_SUBJECT);
            String to = email("toEmail", request.toEmail());
            return sends.send("email", direct -> direct.email(caller.accountId(), to, subject, content,
                    new Message.Origin(Message.Origin.API, caller.userId(), blankToNull(request.candidateId()))));
        }).map(message -> accepted(message, "Email accepted for delivery"));
    }

    @GetMapping("/history")
    public Mono<Map<String, Object>> history(@RequestHeader(value = "Authorization", required = false) String auth,
                                             @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                             @RequestParam(required = false) String candidateId,
                                             @RequestParam(required = false) String recruiterId,
                                             @RequestParam(required = false) String fromTime,
                                             @RequestParam(required = false) String toTime,
                                             @RequestParam(required = false) Integer limit,
                                             @RequestParam(required = false) Integer offset) {
        return callers.resolve(auth, userId, false).flatMap(caller -> {
            Instant from = time("fromTime", fromTime);
            Instant to = time("toTime", toTime);
            range(from, to);
            int size = limit("limit", limit, null);
            int skip = offset(offset, true);
            MessageHistory.Filter filter = new MessageHistory.Filter(caller.accountId(), Channel.EMAIL, from, to,
                    null, blankToNull(candidateId), blankToNull(recruiterId), null);
            return Blocking.call(() -> history.messages(filter, skip, size)).map(slice -> page(slice, skip, size,
                    slice.items().stream().map(EmailController::item).toList()));
        });
    }

    @GetMapping("/activity")
    public Mono<Map<String, Object>> activity(@RequestHeader(value = "Authorization", required = false) String auth,
                                              @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                              @RequestParam(required = false) String emailActivityId) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            String id = required("emailActivityId", emailActivityId);
            return Blocking.call(() -> {
                MessageHistory.Entry message = history.message(caller.accountId(), Channel.EMAIL, id)
                        .orElseThrow(() -> ApiException.notFound("No email activity " + id));
                List<Map<String, Object>> data = history.activity(id).stream().map(a -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("emailActivityId", id);
                    item.put("event", ActivityNames.emailEvent(a));
                    item.put("email", message.recipient());
                    item.put("ip", null);
                    item.put("response", a.url() != null ? a.url() : a.reason());
                    item.putAll(ActivityNames.details(a));
                    return item;
                }).toList();
                return Map.<String, Object>of("data", data, "status", 200);
            });
        });
    }

    @PostMapping("/forward-profile")
    public Mono<Map<String, Object>> forwardProfile(
            @RequestHeader(value = "Authorization", required = false) String auth,
            @RequestHeader(value = "x-ph-userid", required = false) String userId,
            @RequestBody(required = false) ForwardProfileRequest request) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            if (request == null) {
                throw ApiException.badRequest("Request body is required");
            }
            String candidate = email("candidateEmail", request.candidateEmail());
            String subject = text("subject", request.subject(), MAX_SUBJECT);
            String to = email("toEmail", request.toEmail());
            String html = "<p>Candidate profile forwarded by " + HtmlUtils.htmlEscape(caller.userId()) + ":</p>"
                    + "<p>" + HtmlUtils.htmlEscape(candidate) + "</p>";
            return sends.send("email", direct -> direct.email(caller.accountId(), to, subject, html,
                    new Message.Origin(FORWARD_PROFILE, caller.userId(), candidate)));
        }).map(message -> accepted(message, "Profile forwarded"));
    }

    @GetMapping("/forward-profile/activity")
    public Mono<Map<String, Object>> forwardProfileActivity(
            @RequestHeader(value = "Authorization", required = false) String auth,
            @RequestHeader(value = "x-ph-userid", required = false) String userId,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String communicationId) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            int size = limit("limit", limit, DEFAULT_PAGE);
            int skip = offset(offset, false);
            MessageHistory.Filter filter = new MessageHistory.Filter(caller.accountId(), Channel.EMAIL, Instant.EPOCH,
                    Instant.parse("9999-01-01T00:00:00Z"), null, null, null, List.of(FORWARD_PROFILE));
            return Blocking.call(() -> {
                String id = blankToNull(communicationId);
                if (id != null) {
                    List<MessageHistory.Entry> one = history.message(caller.accountId(), Channel.EMAIL, id)
                            .filter(e -> FORWARD_PROFILE.equals(e.origin())).stream().toList();
                    return new MessageHistory.Slice<>(one, one.size());
                }
                return history.messages(filter, skip, size);
            }).map(slice -> page(slice, skip, size,
                    slice.items().stream().map(EmailController::forwarded).toList()));
        });
    }

    @GetMapping("/transactional/email")
    public Mono<Map<String, Object>> transactional(
            @RequestHeader(value = "Authorization", required = false) String auth,
            @RequestHeader(value = "x-ph-userid", required = false) String userId,
            @RequestParam(required = false) String fromTime, @RequestParam(required = false) String toTime,
            @RequestParam(required = false) Integer pageLimit, @RequestParam(required = false) Integer offset) {
        return callers.resolve(auth, userId, false).flatMap(caller -> {
            Instant from = time("fromTime", fromTime);
            Instant to = time("toTime", toTime);
            range(from, to);
            int size = limit("pageLimit", pageLimit, DEFAULT_PAGE);
            int skip = offset(offset, false);
            MessageHistory.Filter filter = new MessageHistory.Filter(caller.accountId(), Channel.EMAIL, from, to,
                    null, null, null, List.of(Message.Origin.CAMPAIGN));
            return Blocking.call(() -> history.candidates(filter, skip, size)).map(slice -> page(slice, skip, size,
                    slice.items().stream().map(c -> {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("candidateId", c.candidateId());
                        item.put("candidateEmail", c.address());
                        return item;
                    }).toList()));
        });
    }

    private static Map<String, Object> accepted(Message message, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", Map.of("emailActivityId", message.messageId(), "message", text));
        body.put("status", 200);
        return body;
    }

    private static Map<String, Object> item(MessageHistory.Entry e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sender", e.sender());
        item.put("recipient", e.recipient());
        item.put("timeStamp", e.at().toString());
        item.put("subject", e.subject());
        item.put("emailBody", e.body());
        item.put("messageType", "outbound");
        item.put("recruiterId", e.userId());
        item.put("candidateId", e.candidateId());
        item.put("emailActivityId", e.messageId());
        item.put("deliveryStatus", e.status().name());
        return item;
    }

    private static Map<String, Object> forwarded(MessageHistory.Entry e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("createdDate", e.at().toEpochMilli());
        item.put("toName", e.recipient().substring(0, e.recipient().indexOf('@')));
        item.put("subject", e.subject());
        item.put("fromName", e.userId());
        item.put("toEmail", e.recipient());
        item.put("fromEmail", e.sender());
        item.put("source", "forward-profile");
        item.put("emailActivityId", e.messageId());
        return item;
    }
}
