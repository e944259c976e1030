package com.voxhub.sandbox.callbacks;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists the callbacks the sandbox sent and what our services answered. */
@RestController
@RequestMapping("/sandbox/v1/callbacks")
class CallbacksController {

    private final CallbackLog log;

    CallbacksController(CallbackLog log) {
        this.log = log;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String channel,
                             @RequestParam(required = false) String providerId,
                             @RequestParam(required = false) String kind) {
        List<SentCallback> found = log.find(channel, providerId, kind);
        return Map.of("count", found.size(), "callbacks", found);
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        log.clear();
        return ResponseEntity.noContent().build();
    }
}
