package com.voxhub.messaging.consent.web;

import com.voxhub.messaging.consent.domain.Consent;
import com.voxhub.messaging.consent.domain.ConsentChannel;
import com.voxhub.messaging.consent.domain.ConsentLedger;
import com.voxhub.messaging.consent.domain.ConsentStatus;
import com.voxhub.messaging.web.Callers;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.voxhub.messaging.web.QueryParams.email;
import static com.voxhub.messaging.web.QueryParams.offset;
import static com.voxhub.messaging.web.QueryParams.phone;

/**
 * Seed 001 optIn: read and set a number's consent (texts and calls alike) or an email address's, and the number's
 * consent history as a Spring page. Changes go through the consent ledger, so they reach messaging.consent.
 */
@RestController
@RequestMapping("/communications/sms/v1/optIn")
public class OptInController {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 1000;

    private final Callers callers;
    private final ConsentLedger ledger;
    private final TransactionTemplate transactions;

    public OptInController(Callers callers, ConsentLedger ledger, TransactionTemplate transactions) {
        this.callers = callers;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    public record OptInRequest(String phoneNumber, String email, Boolean optIn) {
    }

    @GetMapping
    public Mono<Map<String, Object>> get(@RequestHeader(value = "Authorization", required = false) String auth,
                                         @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                         @RequestParam(required = false) String phoneNumber) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            String number = phone("phoneNumber", phoneNumber);
            return Blocking.call(() -> ledger.current(caller.accountId(), ConsentChannel.SMS, number)).map(found -> {
                boolean optedOut = found.map(Consent::optedOut).orElse(false);
                String message = found.map(OptInController::describe)
                        .orElse("No consent recorded for this number; messages are allowed");
                return answer(optedOut ? "OPTED_OUT" : "OPTED_IN", message);
            });
        });
    }

    @PutMapping
    public Mono<Map<String, Object>> put(@RequestHeader(value = "Authorization", required = false) String auth,
                                         @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                         @RequestBody(required = false) OptInRequest request) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            if (request == null || request.optIn() == null) {
                throw ApiException.badRequest("optIn is required");
            }
            if (request.phoneNumber() == null && request.email() == null) {
                throw ApiException.badRequest("phoneNumber or email is required");
            }
            String number = request.phoneNumber() == null ? null : phone("phoneNumber", request.phoneNumber());
            String address = request.email() == null ? null : email("email", request.email());
            ConsentStatus status = request.optIn() ? ConsentStatus.OPTED_IN : ConsentStatus.OPTED_OUT;
            return Blocking.call(() -> transactions.execute(tx -> {
                if (number != null) {
                    ledger.changePhone(caller.accountId(), number, status, Consent.API, null, caller.userId());
                }
                if (address != null) {
                    ledger.change(caller.accountId(), ConsentChannel.EMAIL, address, status, Consent.API, null,
                            caller.userId());
                }
                return answer("success", request.optIn() ? "Opted in" : "Opted out");
            }));
        });
    }

    @GetMapping("/history")
    public Mono<Map<String, Object>> history(@RequestHeader(value = "Authorization", required = false) String auth,
                                             @RequestHeader(value = "x-ph-userid", required = false) String userId,
                                             @RequestParam(required = false) Integer offset,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) String communicationId,
                                             @RequestParam(required = false) String phoneNumber) {
        return callers.resolve(auth, userId, true).flatMap(caller -> {
            String number = phone("phoneNumber", phoneNumber);
            int skip = offset(offset, false);
            int pageSize = size == null ? DEFAULT_SIZE : size;
            if (pageSize < 1 || pageSize > MAX_SIZE) {
                throw ApiException.badRequest("size must be between 1 and " + MAX_SIZE);
            }
            return Blocking.call(() -> {
                List<Consent> content = ledger.history(caller.accountId(), ConsentChannel.SMS, number, skip,
                        pageSize);
                long total = ledger.countHistory(caller.accountId(), ConsentChannel.SMS, number);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", "success");
                body.put("details", SpringPage.of(content.stream().map(OptInController::entry).toList(), skip,
                        pageSize, total));
                return body;
            });
        });
    }

    private static Map<String, Object> entry(Consent consent) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("phoneNumber", consent.address());
        item.put("actionType", consent.optedOut() ? "OPT_OUT" : "OPT_IN");
        item.put("reason", consent.reason() == null ? consent.source() : consent.source() + ": " + consent.reason());
        item.put("createdDate", consent.at().toEpochMilli());
        item.put("source", consent.source());
        item.put("userId", consent.userId());
        return item;
    }

    private static String describe(Consent consent) {
        return (consent.optedOut() ? "Opted out" : "Opted in") + " by " + consent.source()
                + Optional.ofNullable(consent.reason()).map(r -> " (" + r + ")").orElse("") + " at " + consent.at();
    }

    private static Map<String, Object> answer(String status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("details", Map.of("message", message));
        body.put("status", status);
        return body;
    }
}
