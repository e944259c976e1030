package com.voxhub.dialer.api.web;

import com.voxhub.dialer.consent.domain.DialPermissions;
import com.voxhub.dialer.consent.domain.PhoneNumbers;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The account's do-not-call list: add, remove, check and list numbers (E.164; other notations are normalized). A
 * listed number is never dialed: it is checked when a job is claimed and again right before the provider request.
 */
@RestController
@RequestMapping("/dialer/v1/dnc")
class DoNotCallController {

    private static final int MAX_PAGE = 1000;

    private final ApiCallers callers;
    private final DialPermissions permissions;
    private final Clock clock;

    DoNotCallController(ApiCallers callers, DialPermissions permissions, Clock clock) {
        this.callers = callers;
        this.permissions = permissions;
        this.clock = clock;
    }

    record AddRequest(String number) {
    }

    @PostMapping
    Mono<ResponseEntity<Map<String, Object>>> add(
            @RequestHeader(name = ApiCallers.HEADER, required = false) String apiKey,
            @RequestBody(required = false) AddRequest request) {
        return callers.account(apiKey).flatMap(account -> {
            String number = number(request == null ? null : request.number());
            return Blocking.call(() -> permissions.addDoNotCall(account, number, clock.instant()))
                    .map(added -> ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
                            .body(entry(number, true)));
        });
    }

    @GetMapping("/{number}")
    Mono<Map<String, Object>> check(@RequestHeader(name = ApiCallers.HEADER, required = false) String apiKey,
                                    @PathVariable String number) {
        return callers.account(apiKey).flatMap(account -> {
            String e164 = number(number);
            return Blocking.call(() -> {
                Map<String, Object> body = entry(e164, permissions.isOnDoNotCallList(account, e164));
                body.put("callable", !permissions.isBlocked(account, e164));
                return body;
            });
        });
    }

    @DeleteMapping("/{number}")
    Mono<ResponseEntity<Void>> remove(@RequestHeader(name = ApiCallers.HEADER, required = false) String apiKey,
                                      @PathVariable String number) {
        return callers.account(apiKey).flatMap(account -> {
            String e164 = number(number);
            return Blocking.call(() -> permissions.removeDoNotCall(account, e164))
                    .flatMap(removed -> removed ? Mono.just(ResponseEntity.noContent().<Void>build())
                            : Mono.error(ApiException.notFound("number_not_listed",
                                    "Number is not on the do-not-call list")));
        });
    }

    @GetMapping
    Mono<Map<String, Object>> list(@RequestHeader(name = ApiCallers.HEADER, required = false) String apiKey,
                                   @RequestParam(defaultValue = "100") int limit,
                                   @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            return Mono.error(ApiException.badRequest("invalid_page",
                    "limit must be 1.." + MAX_PAGE + " and offset at least 0"));
        }
        return callers.account(apiKey)
                .flatMap(account -> Blocking.call(() -> permissions.doNotCallList(account, limit, offset)))
                .map(entries -> {
                    List<Map<String, Object>> numbers = entries.stream().map(e -> {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("number", e.number());
                        item.put("added_at", e.addedAt());
                        return item;
                    }).toList();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("numbers", numbers);
                    body.put("limit", limit);
                    body.put("offset", offset);
                    return body;
                });
    }

    private static String number(String raw) {
        return PhoneNumbers.e164(raw).orElseThrow(() -> ApiException.badRequest("invalid_number",
                "number must be a phone number in E.164 format, e.g. +33612345678"));
    }

    private static Map<String, Object> entry(String number, boolean listed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("do_not_call", listed);
        return body;
    }
}
