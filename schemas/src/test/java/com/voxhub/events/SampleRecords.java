package com.voxhub.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** A record of any event type with every field set (nullable fields non-null), built from its schema. */
public final class SampleRecords {

    private SampleRecords() {
    }

    public static SpecificRecord of(Class<? extends SpecificRecord> type) {
        return (SpecificRecord) sample(EventTypes.schemaOf(type), SpecificData.getForClass(type), "sample");
    }

    private static Object sample(Schema schema, SpecificData model, String name) {
        if (schema.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
            return Instant.parse("2025-11-23T08:30:00.123Z");
        }
        if ("uuid".equals(schema.getProp("logicalType"))) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
        return switch (schema.getType()) {
            case RECORD -> record(schema, model);
            case UNION -> sample(schema.getTypes().get(schema.getTypes().size() - 1), model, name);
            case ENUM -> model.createEnum(schema.getEnumSymbols().get(1), schema);
            case ARRAY -> List.of(sample(schema.getElementType(), model, name));
            case MAP -> Map.of("key", sample(schema.getValueType(), model, name));
            case STRING -> name + "-value";
            case BYTES -> ByteBuffer.wrap(name.getBytes(StandardCharsets.UTF_8));
            case INT -> name.length();
            case LONG -> 1_000L + name.length();
            case BOOLEAN -> true;
            default -> throw new IllegalArgumentException("No sample for " + schema);
        };
    }

    private static SpecificRecord record(Schema schema, SpecificData model) {
        SpecificRecord record = (SpecificRecord) model.newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), sample(field.schema(), model, field.name()));
        }
        return record;
    }
}
