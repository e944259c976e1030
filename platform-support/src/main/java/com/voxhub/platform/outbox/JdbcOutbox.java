package com.voxhub.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link Outbox} over the {@code outbox_event} table; wakes the relay when the caller's transaction commits. */
class JdbcOutbox implements Outbox {

    private final DataSource dataSource;
    private final OutboxRepository repository;
    private final Serializer<SpecificRecord> serializer;
    private final TraceHeaders traceHeaders;
    private final Runnable wakeRelay;

    JdbcOutbox(DataSource dataSource, OutboxRepository repository, Serializer<SpecificRecord> serializer,
               TraceHeaders traceHeaders, Runnable wakeRelay) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.serializer = serializer;
        this.traceHeaders = traceHeaders;
        this.wakeRelay = wakeRelay;
    }

    @Override
    public void append(String topic, String key, SpecificRecord event) {
        requireTransaction();
        byte[] payload = serializer.serialize(topic, event);
        Map<String, String> headers = traceHeaders.current();
        repository.insert(topic, key, event.getSchema().getFullName(), payload, headers);
        registerWakeUp();
    }

    @Override
    public void appendAll(List<Message> messages) {
        requireTransaction();
        if (messages.isEmpty()) {
            return;
        }
        Map<String, String> headers = traceHeaders.current();
        List<OutboxRepository.NewRow> rows = new ArrayList<>(messages.size());
        for (Message m : messages) {
            rows.add(new OutboxRepository.NewRow(m.topic(), m.key(), m.event().getSchema().getFullName(),
                    serializer.serialize(m.topic(), m.event())));
        }
        repository.insertAll(rows, headers);
        registerWakeUp();
    }

    private void requireTransaction() {
        // Without the caller's transaction the row could commit while the state change rolls back (or the
        // reverse): exactly the dual write the outbox exists to prevent.
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new IllegalStateException(
                    "Outbox.append must run inside a Spring JDBC transaction on the service's DataSource");
        }
    }

    private void registerWakeUp() {
        // One hook per transaction is enough, however many events it appends.
        boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                .anyMatch(WakeRelayAfterCommit.class::isInstance);
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new WakeRelayAfterCommit(wakeRelay));
        }
    }

    private record WakeRelayAfterCommit(Runnable wakeRelay) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            wakeRelay.run();
        }
    }
}
