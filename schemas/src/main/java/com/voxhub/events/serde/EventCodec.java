package com.voxhub.events.serde;

import org.apache.avro.specific.SpecificRecord;

/**
 * Turns event records into bytes and back. The wire format is an implementation detail so a
 * schema-registry format can sit beside {@link SingleObjectEventCodec} when a deployment has a registry.
 */
public interface EventCodec {

    byte[] encode(SpecificRecord record);

    /**
     * @throws UnknownSchemaException if the writer's schema is not known (dead-letter the record)
     * @throws EventDecodingException if the bytes are not a record of this format
     */
    SpecificRecord decode(byte[] payload);
}
