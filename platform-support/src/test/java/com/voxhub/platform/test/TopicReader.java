package com.voxhub.platform.test;

import com.voxhub.events.serde.AvroEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what actually landed on topics, from the beginning, as raw bytes: for asserting "the record on the topic"
 * (key, headers, decoded value) without a listener. Not thread-safe; use it from the test thread.
 *
 * <pre>{@code
 * try (TopicReader reader = TopicReader.fromBeginning(broker.getBrokersAsString(), Topics.CAMPAIGN_JOBS)) {
 *     var records = reader.await(record -> "job-42".equals(record.key()), 1, Duration.ofSeconds(10));
 *     assertThat(TopicReader.header(records.get(0), Topics.RECORD_TYPE_HEADER)).isEqualTo(JobQueued.getClassSchema().getFullName());
 * }
 * }</pre>
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicReader(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    public static TopicReader fromBeginning(String bootstrapServers, String... topics) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return new TopicReader(consumer);
    }

    /** Every record read so far plus what arrives within {@code wait}. */
    public List<ConsumerRecord<String, byte[]>> poll(Duration wait) {
        consumer.poll(wait).forEach(seen::add);
        return List.copyOf(seen);
    }

    /**
     * Polls until {@code count} records matching {@code filter} have been read (returns them in read order) or
     * the timeout passes (throws).
     */
    public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> filter, int count,
                                                      Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> matching = matching(filter);
        while (matching.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " matching records within " + timeout
                        + ", read " + matching.size());
            }
            poll(Duration.ofMillis(100));
            matching = matching(filter);
        }
        return matching;
    }

    public List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> filter) {
        return seen.stream().filter(filter).toList();
    }

    /** The value decoded with the schemas serde. */
    public static SpecificRecord decode(ConsumerRecord<String, byte[]> record) {
        try (AvroEventDeserializer deserializer = new AvroEventDeserializer()) {
            return deserializer.deserialize(record.topic(), record.value());
        }
    }

    /** The last header named {@code name} as UTF-8, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(1));
    }
}
