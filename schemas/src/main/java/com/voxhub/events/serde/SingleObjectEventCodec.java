package com.voxhub.events.serde;

import com.voxhub.events.EventTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding without a registry: the writer schema is found by fingerprint in the
 * {@link SchemaCatalog} and resolved against the generated class's current schema.
 *
 * <p>Reader classes come from {@link EventTypes} and each generated class's own {@link SpecificData}
 * (its {@code MODEL$}, which carries the uuid and timestamp conversions); nothing is loaded by name from
 * the payload. Our schemas use no {@code java-class} property, the only thing Avro 1.12 checks against
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES}, so consumers set no system property.
 */
public final class SingleObjectEventCodec implements EventCodec {

    private final SchemaCatalog catalog;
    private final Map<Long, DatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();
    private final Map<Class<?>, Writer> writers = new ConcurrentHashMap<>();

    /** A codec over the schema history shipped in this artifact. */
    public SingleObjectEventCodec() {
        this(SchemaCatalog.standard());
    }

    public SingleObjectEventCodec(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public byte[] encode(SpecificRecord record) {
        Writer writer = writers.computeIfAbsent(record.getClass(), type -> writerFor(record.getSchema(), type));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(writer.header());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.datumWriter().write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public SpecificRecord decode(byte[] payload) {
        long fingerprint = SingleObjectEncoding.readFingerprint(payload);
        DatumReader<SpecificRecord> reader = readers.computeIfAbsent(fingerprint, this::readerFor);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, SingleObjectEncoding.HEADER_LENGTH,
                payload.length - SingleObjectEncoding.HEADER_LENGTH, null);
        SpecificRecord record;
        boolean consumedAll;
        try {
            record = reader.read(null, decoder);
            consumedAll = decoder.isEnd();
        } catch (IOException | RuntimeException e) {
            throw new EventDecodingException("Corrupt body for writer schema " + writerOf(fingerprint), e);
        }
        if (!consumedAll) {
            throw new EventDecodingException("Trailing bytes after the body for writer schema " + writerOf(fingerprint));
        }
        return record;
    }

    private PublishedSchema writerOf(long fingerprint) {
        return catalog.byFingerprint(fingerprint).orElseThrow(() -> new UnknownSchemaException(fingerprint));
    }

    private DatumReader<SpecificRecord> readerFor(long fingerprint) {
        PublishedSchema writer = writerOf(fingerprint);
        Class<? extends SpecificRecord> type = EventTypes.byFullName(writer.fullName())
                .orElseThrow(() -> new EventDecodingException("No event class for " + writer));
        return new SpecificDatumReader<>(writer.schema(), EventTypes.schemaOf(type), SpecificData.getForClass(type));
    }

    private Writer writerFor(Schema schema, Class<?> type) {
        long fingerprint = SingleObjectEncoding.fingerprint(schema);
        if (catalog.byFingerprint(fingerprint).isEmpty()) {
            // Fail at the producer, not in every consumer: nobody could decode it.
            throw new IllegalStateException("Schema of " + schema.getFullName() + " (" + SingleObjectEncoding.hex(fingerprint)
                    + ") is not published in the schema history; see schemas/README.md");
        }
        return new Writer(SingleObjectEncoding.header(fingerprint),
                new SpecificDatumWriter<>(schema, SpecificData.getForClass(type)));
    }

    private record Writer(byte[] header, DatumWriter<SpecificRecord> datumWriter) {
    }
}
