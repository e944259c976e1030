package com.voxhub.events.serde;

import org.apache.avro.Schema;

/**
 * One published version of a record schema.
 *
 * @param fullName    record full name, e.g. {@code com.voxhub.events.campaign.JobQueued}
 * @param version     1, 2, ... in publication order
 * @param schema      the self-contained schema as published
 * @param fingerprint CRC-64-AVRO fingerprint of its parsing canonical form (the single-object header)
 */
public record PublishedSchema(String fullName, int version, Schema schema, long fingerprint) {

    public static PublishedSchema of(int version, Schema schema) {
        return new PublishedSchema(schema.getFullName(), version, schema, SingleObjectEncoding.fingerprint(schema));
    }

    @Override
    public String toString() {
        return fullName + " v" + version + " (" + SingleObjectEncoding.hex(fingerprint) + ")";
    }
}
