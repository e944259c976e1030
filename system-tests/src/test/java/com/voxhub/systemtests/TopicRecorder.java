package com.voxhub.systemtests;

import com.voxhub.events.TopicDescriptor;
import com.voxhub.events.Topics;
import com.voxhub.events.serde.AvroEventDeserializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every platform topic from the beginning, decoding values with the schemas artifact exactly as an
 * analytics consumer would, and keeps what it saw for assertions.
 */
final class TopicRecorder implements AutoCloseable {

    record Seen(String topic, String key, SpecificRecord value) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, SpecificRecord> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    TopicRecorder(String bootstrap) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "system-tests-recorder",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
                new StringDeserializer(), new AvroEventDeserializer());
        List<String> topics = Topics.all().stream().map(TopicDescriptor::name).toList();
        consumer.subscribe(topics);
        thread = new Thread(this::run, "topic-recorder");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, SpecificRecord> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(new Seen(r.topic(), r.key(), r.value()));
                }
            }
        } catch (WakeupException stopping) {
            // closed
        } finally {
            consumer.close();
        }
    }

    <T extends SpecificRecord> List<T> on(String topic, Class<T> type, Predicate<T> filter) {
        return seen.stream()
                .filter(s -> s.topic().equals(topic) && type.isInstance(s.value()))
                .map(s -> type.cast(s.value()))
                .filter(filter)
                .toList();
    }

    List<Seen> all() {
        return List.copyOf(seen);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
