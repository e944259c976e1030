package com.voxhub.campaign.sourcing.web;

import com.voxhub.campaign.sourcing.domain.RegistrationService;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public registration page of seed 000 ({@code /r/{token}}, no key: the token is the credential). GET shows
 * it and records a click; POST (a plain HTML form) registers the candidate. Errors are pages, not JSON.
 */
@RestController
class RegistrationController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/r/{token}")
    Mono<ResponseEntity<String>> open(@PathVariable String token) {
        return Blocking.call(() -> html(200, RegistrationPage.show(registrations.open(token), token)))
                .onErrorResume(ApiException.class, e -> Mono.just(error(e)));
    }

    @PostMapping(path = "/r/{token}", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.ALL_VALUE})
    Mono<ResponseEntity<String>> register(@PathVariable String token, ServerWebExchange exchange) {
        return exchange.getFormData()
                .flatMap(form -> Blocking.call(() -> html(200,
                        RegistrationPage.registered(registrations.register(token, form.getFirst("preferred_time"))))))
                .onErrorResume(ApiException.class, e -> e.status() == 400
                        ? Blocking.call(() -> html(400, RegistrationPage.form(registrations.view(token), token, e.getMessage())))
                        .onErrorResume(ApiException.class, again -> Mono.just(error(again)))
                        : Mono.just(error(e)));
    }

    private static ResponseEntity<String> error(ApiException e) {
        String title = switch (e.status()) {
            case 404 -> "Link not found";
            case 402, 409 -> "Registration closed";
            default -> "Something is wrong";
        };
        String text = e.status() == 402 ? "This campaign cannot take registrations right now." : e.getMessage();
        return html(e.status(), RegistrationPage.message(title, text));
    }

    private static ResponseEntity<String> html(int status, String body) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer").body(body);
    }
}
