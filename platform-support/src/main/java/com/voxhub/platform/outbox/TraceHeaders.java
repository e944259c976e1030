package com.voxhub.platform.outbox;

import java.util.Map;

/**
 * The propagation headers (W3C {@code traceparent}, ...) of the current span, stored with an outbox row so the
 * trace continues across the outbox hop.
 */
@FunctionalInterface
public interface TraceHeaders {

    TraceHeaders NONE = Map::of;

    /** Headers to send with an event produced now; empty when no span is active. */
    Map<String, String> current();
}
