package com.voxhub.events.serde;

import com.voxhub.events.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for event records: Avro single-object encoding, and the record's full name in
 * header {@value Topics#RECORD_TYPE_HEADER} so routers and dead-letter tooling need not decode the value.
 * A null record stays null (a tombstone on compacted topics).
 */
public class AvroEventSerializer implements Serializer<SpecificRecord> {

    private final EventCodec codec;

    /** Used by Kafka when configured by class name. */
    public AvroEventSerializer() {
        this(new SingleObjectEventCodec());
    }

    public AvroEventSerializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
        return record == null ? null : codec.encode(record);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        headers.remove(Topics.RECORD_TYPE_HEADER);
        headers.add(Topics.RECORD_TYPE_HEADER, record.getSchema().getFullName().getBytes(StandardCharsets.UTF_8));
        return codec.encode(record);
    }
}
