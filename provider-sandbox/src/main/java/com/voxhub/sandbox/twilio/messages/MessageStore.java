package com.voxhub.sandbox.twilio.messages;

import com.voxhub.sandbox.twilio.TwilioListPage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/**
 * Messages by sid, so the services can look one up after a crash (reconciliation).
 * Bounded: the oldest are forgotten first, so a long benchmark does not exhaust the heap.
 */
@Component
class MessageStore {

    private static final int CAPACITY = 200_000;

    private final Map<String, SmsMessage> bySid = new ConcurrentHashMap<>();
    private final Queue<String> order = new ConcurrentLinkedQueue<>();

    void save(SmsMessage message) {
        bySid.put(message.sid, message);
        order.add(message.sid);
        while (bySid.size() > CAPACITY) {
            String oldest = order.poll();
            if (oldest == null) {
                break;
            }
            bySid.remove(oldest);
        }
    }

    Optional<SmsMessage> find(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    /** Newest first, as Twilio lists them. */
    List<SmsMessage> search(String accountSid, TwilioListPage filter) {
        return bySid.values().stream()
                .filter(x -> x.accountSid.equals(accountSid) && filter.matches(x.to, x.from, x.dateCreated))
                .sorted(Comparator.comparing((SmsMessage x) -> x.dateCreated).reversed())
                .limit(filter.pageSize())
                .toList();
    }
}
