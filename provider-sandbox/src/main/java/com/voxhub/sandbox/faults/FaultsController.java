package com.voxhub.sandbox.faults;

import com.voxhub.sandbox.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API to make the emulated providers slow, throttled or failing. */
@RestController
@RequestMapping("/sandbox/v1/faults")
class FaultsController {

    private final FaultInjector injector;

    FaultsController(FaultInjector injector) {
        this.injector = injector;
    }

    @GetMapping
    Map<String, FaultSettings> current() {
        Map<String, FaultSettings> view = new LinkedHashMap<>();
        injector.current().forEach((channel, settings) -> view.put(channel.wireName(), settings));
        return view;
    }

    @PutMapping
    ResponseEntity<Object> configure(@RequestBody FaultRequest request) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("errors", problems));
        }
        FaultSettings settings = request.toSettings();
        for (Channel channel : request.channels()) {
            injector.configure(channel, settings);
        }
        return ResponseEntity.ok(current());
    }

    @DeleteMapping
    ResponseEntity<Object> reset() {
        injector.reset();
        return ResponseEntity.ok(current());
    }
}
