package com.voxhub.platform.kafka;

import com.voxhub.events.serde.AvroEventSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Event records with the schemas serde; raw bytes as they are. The bytes case is the dead-letter path: a record
 * that could not be deserialized is republished to its {@code .DLT} with its original value.
 */
class EventValueSerializer implements Serializer<Object> {

    private final AvroEventSerializer events = new AvroEventSerializer();

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        if (data instanceof SpecificRecord event) {
            return headers == null ? events.serialize(topic, event) : events.serialize(topic, headers, event);
        }
        throw new SerializationException("Not an event record: " + data.getClass().getName());
    }
}
