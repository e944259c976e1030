package com.voxhub.sandbox.recording;

import com.voxhub.sandbox.config.SandboxProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** Keeps the last {@code max-recorded} provider requests in memory, oldest evicted first. */
@Component
public class RequestRecorder {

    private final ConcurrentNavigableMap<Long, RecordedRequest> requests = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final int capacity;

    public RequestRecorder(SandboxProperties properties) {
        this.capacity = Math.max(1, properties.maxRecorded());
    }

    /** Records the answer given to a request and returns the recording's id. */
    public String record(RecordedRequest.Draft draft, int httpStatus, String providerId) {
        long seq = sequence.incrementAndGet();
        String id = "req-" + seq;
        requests.put(seq, draft.answered(id, httpStatus, providerId));
        while (requests.size() > capacity) {
            requests.pollFirstEntry();
        }
        return id;
    }

    /** Updates a recording in place, e.g. to add the TwiML a call fetched after the request was answered. */
    public void update(String id, UnaryOperator<RecordedRequest> change) {
        long seq = Long.parseLong(id.substring("req-".length()));
        requests.computeIfPresent(seq, (key, current) -> change.apply(current));
    }

    public List<RecordedRequest> find(Query query) {
        return requests.values().stream().filter(query).toList();
    }

    public void clear() {
        requests.clear();
    }

    /** Filters of {@code GET /sandbox/v1/requests}; a null field matches everything. */
    public record Query(String channel, String to, String reference, Instant since, String kind)
            implements Predicate<RecordedRequest> {

        @Override
        public boolean test(RecordedRequest r) {
            return (channel == null || channel.equalsIgnoreCase(r.channel()))
                    && (kind == null || kind.equalsIgnoreCase(r.kind()))
                    && (reference == null || reference.equals(r.reference()))
                    && (since == null || !r.receivedAt().isBefore(since))
                    && (to == null || matchesDestination(r.destination()));
        }

        private boolean matchesDestination(String destination) {
            if (destination == null) {
                return false;
            }
            String wanted = normalized(to);
            for (String one : destination.split(",")) {
                if (normalized(one).equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
            return false;
        }

        /** An unencoded {@code +} in a query string arrives as a space: compare numbers without it. */
        private static String normalized(String address) {
            String trimmed = address.trim();
            return trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        }
    }

    static Map<String, Object> summary(List<RecordedRequest> found) {
        return Map.of("count", found.size(), "requests", found);
    }
}
