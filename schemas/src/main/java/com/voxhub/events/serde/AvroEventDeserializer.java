package com.voxhub.events.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for event records: resolves the writer schema by its fingerprint in the
 * published history and reads into the generated class's current schema. A payload it cannot read fails
 * with a {@link SerializationException} whose cause is an {@link EventDecodingException} (or
 * {@link UnknownSchemaException}), so an error-handling deserializer can dead-letter it.
 */
public class AvroEventDeserializer implements Deserializer<SpecificRecord> {

    private final EventCodec codec;

    /** Used by Kafka when configured by class name. */
    public AvroEventDeserializer() {
        this(new SingleObjectEventCodec());
    }

    public AvroEventDeserializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public SpecificRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return codec.decode(data);
        } catch (EventDecodingException e) {
            throw new SerializationException("Cannot decode a record from " + topic + ": " + e.getMessage(), e);
        }
    }
}
