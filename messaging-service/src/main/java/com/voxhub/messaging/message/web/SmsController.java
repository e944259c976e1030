package com.voxhub.messaging.message.web;

import com.voxhub.messaging.message.domain.Channel;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.MessageHistory;
import com.voxhub.messaging.web.Callers;
import com.voxhub.messaging.web.Pagination;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.voxhub.messaging.web.QueryParams.limit;
import static com.voxhub.messaging.web.QueryParams.offset;
import static com.voxhub.messaging.web.QueryParams.phone;
import static com.voxhub.messaging.web.QueryParams.range;
import static com.voxhub.messaging.web.QueryParams.required;
import static com.voxhub.messaging.web.QueryParams.text;
import static com.voxhub.messaging.web.QueryParams.time;

/** Seed 001, SMS: send, history, activity and the transactional candidates list. */
@RestController
@RequestMapping("/communications/sms/v1")
public class SmsController {

    /** Twilio's limit for one message body. */
    static final int MAX_BODY = 1600;
    private static final int DEFAULT_PAGE = 50;

    private final Callers callers;
    private final ApiSends sends;
    private final MessageHistory history;

    public SmsController(Callers callers, ApiSends sends, MessageHistory history) {
        this.callers = callers;
        this.sends = sends;
        this.history = history;
    }

    public record SendSmsRequest(String message, String phoneNumber) {
    }

    @PostMapping("/send")
    public Mono<Map<String, Object>> send(@RequestHeader(value = "Authorization", required = false) String auth,
                                          @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                          @RequestBody(required = false) SendSmsRequest request) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            if (request == null) {
                throw ApiException.badRequest("Request body is required");
            }
            String body = text("message", request.message(), MAX_BODY);
            String to = phone("phoneNumber", request.phoneNumber());
            return sends.send("SMS", direct -> direct.sms(caller.accountId(), null, to, body,
                    new Message.Origin(Message.Origin.API, caller.userId(), null)));
        }).map(message -> Map.of(
                "data", Map.of("messageSID", message.messageId(), "message", "SMS accepted for delivery"),
                "status", "success"));
    }

    @GetMapping("/history")
    public Mono<Map<String, Object>> history(@RequestHeader(value = "Authorization", required = false) String auth,
                                             @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                             @RequestParam(required = false) String phone,
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
            MessageHistory.Filter filter = new MessageHistory.Filter(caller.accountId(), Channel.SMS, from, to,
                    phone == null ? null : phone("phone", phone), blankToNull(candidateId), blankToNull(recruiterId),
                    null);
            return Blocking.call(() -> history.messages(filter, skip, size)).map(slice -> page(slice, skip, size,
                    slice.items().stream().map(SmsController::item).toList()));
        });
    }

    @GetMapping("/activity")
    public Mono<Map<String, Object>> activity(@RequestHeader(value = "Authorization", required = false) String auth,
                                              @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                              @RequestParam(required = false) String activityId,
                                              @RequestParam(required = false) String phoneNumber) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            String id = required("activityId", activityId);
            String number = phone("phoneNumber", phoneNumber);
            return Blocking.call(() -> {
                MessageHistory.Entry message = history.message(caller.accountId(), Channel.SMS, id)
                        .filter(found -> number.equals(found.recipient()))
                        .orElseThrow(() -> ApiException.notFound("No SMS activity " + id + " for this phoneNumber"));
                List<Map<String, Object>> activities = history.activity(id).stream().map(a -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("event", a.status() == null ? a.type().toLowerCase() : a.status().name().toLowerCase());
                    item.putAll(ActivityNames.details(a));
                    return item;
                }).toList();
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("message", ActivityNames.label(message.status()));
                data.put("activityId", id);
                data.put("reason", message.reason());
                data.put("activities", activities);
                return Map.<String, Object>of("data", data, "status", "success");
            });
        });
    }

    @GetMapping("/transactional/sms")
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
            MessageHistory.Filter filter = new MessageHistory.Filter(caller.accountId(), Channel.SMS, from, to,
                    null, null, null, List.of(Message.Origin.CAMPAIGN, Message.Origin.INVITE));
            return Blocking.call(() -> history.candidates(filter, skip, size)).map(slice -> page(slice, skip, size,
                    slice.items().stream().map(c -> {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("candidateId", c.candidateId());
                        item.put("candidatePhone", c.address());
                        return item;
                    }).toList()));
        });
    }

    static Map<String, Object> page(MessageHistory.Slice<?> slice, int offset, int limit, List<?> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pagination", Pagination.of(offset, limit, data.size(), slice.total()));
        body.put("data", data);
        body.put("status", 200);
        return body;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> item(MessageHistory.Entry e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sender", e.sender());
        item.put("recipient", e.recipient());
        item.put("timeStamp", e.at().toString());
        item.put("messageBody", e.body());
        item.put("messageType", "outbound");
        item.put("recruiterId", e.userId());
        item.put("candidateId", e.candidateId());
        item.put("activityId", e.messageId());
        item.put("deliveryStatus", e.status().name());
        return item;
    }
}
