package com.voxhub.sandbox.twilio.calls;

import com.voxhub.sandbox.twilio.TwilioListPage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/** Calls by sid, for lookups and hang-ups; bounded, the oldest forgotten first. */
@Component
class CallStore {

    private static final int CAPACITY = 200_000;

    private final Map<String, VoiceCall> bySid = new ConcurrentHashMap<>();
    private final Queue<String> order = new ConcurrentLinkedQueue<>();

    void save(VoiceCall call) {
        bySid.put(call.sid, call);
        order.add(call.sid);
        while (bySid.size() > CAPACITY) {
            String oldest = order.poll();
            if (oldest == null) {
                break;
            }
            bySid.remove(oldest);
        }
    }

    Optional<VoiceCall> find(String accountSid, String sid) {
        return Optional.ofNullable(bySid.get(sid)).filter(call -> call.accountSid.equals(accountSid));
    }

    /** Newest first, as Twilio lists them. */
    List<VoiceCall> search(String accountSid, TwilioListPage filter) {
        return bySid.values().stream()
                .filter(x -> x.accountSid.equals(accountSid) && filter.matches(x.request.to(), x.request.from(), x.dateCreated))
                .sorted(Comparator.comparing((VoiceCall x) -> x.dateCreated).reversed())
                .limit(filter.pageSize())
                .toList();
    }
}
