package com.voxhub.events.serde;

/**
 * The payload was written with a schema this artifact has never published: the producer runs a newer
 * schemas artifact (upgrade this consumer) or wrote a schema that skipped publication.
 */
public class UnknownSchemaException extends EventDecodingException {

    private final long fingerprint;

    public UnknownSchemaException(long fingerprint) {
        super("Unknown writer schema fingerprint " + SingleObjectEncoding.hex(fingerprint)
                + ": not in the published schema history of this schemas artifact");
        this.fingerprint = fingerprint;
    }

    public long fingerprint() {
        return fingerprint;
    }
}
