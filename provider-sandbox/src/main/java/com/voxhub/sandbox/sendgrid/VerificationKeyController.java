package com.voxhub.sandbox.sendgrid;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the Event Webhook verification key, as SendGrid's Mail Settings page shows it. */
@RestController
class VerificationKeyController {

    private final SigningKeys keys;

    VerificationKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/sandbox/v1/sendgrid/verification-key")
    Map<String, String> verificationKey() {
        return Map.of("public_key", keys.verificationKey());
    }
}
