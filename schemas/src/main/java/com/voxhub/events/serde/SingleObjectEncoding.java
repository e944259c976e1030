package com.voxhub.events.serde;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Avro single-object encoding framing: {@code C3 01}, the 8-byte little-endian CRC-64-AVRO fingerprint of
 * the writer schema's parsing canonical form, then the Avro binary body.
 */
public final class SingleObjectEncoding {

    public static final int HEADER_LENGTH = 10;
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    private SingleObjectEncoding() {
    }

    /** CRC-64-AVRO fingerprint of the schema's parsing canonical form. */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    public static byte[] header(long fingerprint) {
        return ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
                .put(MARKER_0).put(MARKER_1).putLong(fingerprint).array();
    }

    /** The writer fingerprint of a framed payload. */
    public static long readFingerprint(byte[] payload) {
        if (payload.length < HEADER_LENGTH || payload[0] != MARKER_0 || payload[1] != MARKER_1) {
            throw new EventDecodingException("Not an Avro single-object encoded record: expected marker C3 01 and "
                    + "an 8-byte fingerprint, got " + payload.length + " bytes starting " + prefix(payload));
        }
        return ByteBuffer.wrap(payload, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    private static String prefix(byte[] payload) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(payload.length, 2); i++) {
            hex.append(String.format("%02X ", payload[i]));
        }
        return hex.toString().trim();
    }
}
