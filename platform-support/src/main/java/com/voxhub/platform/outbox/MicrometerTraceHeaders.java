package com.voxhub.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Injects the current span with the application's propagator (W3C by default), as the Kafka producer would. */
final class MicrometerTraceHeaders implements TraceHeaders {

    private final Tracer tracer;
    private final Propagator propagator;

    MicrometerTraceHeaders(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, String> current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers;
    }
}
