package com.voxhub.events;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * One Kafka topic of the platform.
 *
 * @param name        the topic name (a contract: never renamed)
 * @param compacted   whether the topic is log-compacted (latest value per key is the state)
 * @param key         what the string key holds
 * @param recordTypes the record types a producer may write to it
 */
public record TopicDescriptor(String name, boolean compacted, String key,
                              List<Class<? extends SpecificRecord>> recordTypes) {

    public TopicDescriptor {
        recordTypes = List.copyOf(recordTypes);
    }

    /** The dead-letter topic of this topic. */
    public String deadLetter() {
        return Topics.deadLetter(name);
    }
}
