package com.voxhub.sandbox.recording;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets tests and people see what the services sent to the providers. */
@RestController
@RequestMapping("/sandbox/v1/requests")
class RecordingController {

    private final RequestRecorder recorder;

    RecordingController(RequestRecorder recorder) {
        this.recorder = recorder;
    }

    @GetMapping
    ResponseEntity<Object> list(@RequestParam(required = false) String channel,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String reference,
                                @RequestParam(required = false) String since,
                                @RequestParam(required = false) String kind) {
        Instant sinceInstant;
        try {
            sinceInstant = since == null ? null : Instant.parse(since);
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest()
                    .body(Map.of("error", "since must be an ISO-8601 instant, e.g. 2025-01-31T10:15:30Z"));
        }
        var query = new RequestRecorder.Query(channel, to, reference, sinceInstant, kind);
        return ResponseEntity.ok(RequestRecorder.summary(recorder.find(query)));
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        recorder.clear();
        return ResponseEntity.noContent().build();
    }
}
