package com.voxhub.messaging.email.web;

import com.voxhub.messaging.email.domain.EmailTracking;
import com.voxhub.messaging.email.domain.Engagements;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The links inside email: the open pixel and click redirect (SMTP sends, which no provider tracks) and the RFC 8058
 * one-click unsubscribe target of the List-Unsubscribe header. A GET on the unsubscribe URL only shows a button:
 * mail scanners follow links, and RFC 8058 requires the unsubscribe itself to be a POST.
 */
@RestController
public class TrackingController {

    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private static final Pattern MESSAGE_ID = Pattern.compile("msg_[0-9a-fA-F-]{1,64}");
    /** Image proxies that fetch every image on delivery: an open from them is not a person reading. */
    private static final List<String> MACHINE_AGENTS =
            List.of("googleimageproxy", "yahoomailproxy", "bot", "crawler");

    private final EmailTracking tracking;
    private final Engagements engagements;
    private final TransactionTemplate transactions;

    public TrackingController(EmailTracking tracking, Engagements engagements, TransactionTemplate transactions) {
        this.tracking = tracking;
        this.engagements = engagements;
        this.transactions = transactions;
    }

    @GetMapping("/t/o/{messageId}.gif")
    public Mono<ResponseEntity<byte[]>> open(@PathVariable String messageId,
                                             @RequestHeader(value = HttpHeaders.USER_AGENT, required = false)
                                             String userAgent) {
        // The image is served whatever happens: a broken image in someone's mailbox helps nobody.
        Mono<Boolean> record = MESSAGE_ID.matcher(messageId).matches()
                ? Blocking.call(() -> transactions.execute(tx -> engagements.opened(messageId, machine(userAgent))))
                : Mono.just(false);
        return record.onErrorReturn(false).thenReturn(ResponseEntity.ok()
                .contentType(MediaType.IMAGE_GIF)
                .cacheControl(CacheControl.noStore())
                .body(PIXEL));
    }

    @GetMapping("/t/c/{messageId}")
    public Mono<ResponseEntity<Void>> click(@PathVariable String messageId, @RequestParam(required = false) String u,
                                            @RequestParam(required = false) String s) {
        if (!tracking.verify(messageId, u, s)) {
            return Mono.error(ApiException.notFound("Unknown link"));
        }
        return Blocking.call(() -> transactions.execute(tx -> engagements.clicked(messageId, u)))
                .onErrorReturn(false)
                .thenReturn(ResponseEntity.status(HttpStatus.FOUND).location(URI.create(u)).build());
    }

    @PostMapping("/unsubscribe/{messageId}")
    public Mono<ResponseEntity<String>> unsubscribe(@PathVariable String messageId) {
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            return Mono.error(ApiException.notFound("Unknown message"));
        }
        return Blocking.call(() -> transactions.execute(tx -> engagements.unsubscribed(messageId)))
                .flatMap(found -> found
                        ? Mono.just(ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                                .body("You are unsubscribed and will receive no more email from this sender."))
                        : Mono.error(ApiException.notFound("Unknown message")));
    }

    @GetMapping("/unsubscribe/{messageId}")
    public ResponseEntity<String> confirm(@PathVariable String messageId) {
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw ApiException.notFound("Unknown message");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("""
                <!doctype html><html><body><form method="post" action="/unsubscribe/%s">
                <p>Stop receiving email from this sender?</p><button type="submit">Unsubscribe</button>
                </form></body></html>""".formatted(messageId));
    }

    private static boolean machine(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return MACHINE_AGENTS.stream().anyMatch(agent::contains);
    }
}
