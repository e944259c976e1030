package com.voxhub.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.events.serde.SingleObjectEncoding;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void shouldRegisterEveryEventRecordDefinedInSrcMainAvro() {
        List<String> sources = AvroSources.eventRecords().stream().map(Schema::getFullName).sorted().toList();
        List<String> registered = EventTypes.all().stream().map(type -> EventTypes.schemaOf(type).getFullName()).sorted().toList();

        assertThat(registered).isEqualTo(sources);
    }

    @Test
    void shouldGenerateClassesWhoseSchemaIsTheSourceSchema() {
        for (Schema source : AvroSources.eventRecords()) {
            Class<? extends SpecificRecord> type = EventTypes.byFullName(source.getFullName()).orElseThrow();
            assertThat(SingleObjectEncoding.fingerprint(EventTypes.schemaOf(type)))
                    .as(source.getFullName()).isEqualTo(SingleObjectEncoding.fingerprint(source));
        }
    }

    @Test
    void shouldGiveEveryEventTheCommonEnvelopeAndADocOnEveryField() {
        for (Schema source : AvroSources.eventRecords()) {
            assertThat(source.getField("eventId").schema().getProp("logicalType")).as(source.getName()).isEqualTo("uuid");
            assertThat(source.getField("occurredAt").schema().getLogicalType().getName()).isEqualTo("timestamp-millis");
            assertThat(source.getFields()).allSatisfy(field -> assertThat(field.doc()).as(source.getName() + "." + field.name()).isNotBlank());
        }
    }

    @Test
    void shouldGiveEveryEnumADefaultSymbolSoNewSymbolsStayForwardCompatible() {
        assertThat(AvroSources.all().stream().flatMap(schema -> Enums.in(schema).stream()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getEnumDefault()).as(e.getFullName()).isEqualTo("UNKNOWN"));
    }

    @Test
    void shouldPublishEveryEventTypeOnExactlyOneTopic() {
        assertThat(Topics.all().stream().flatMap(topic -> topic.recordTypes().stream()))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }

    private static final class Enums {
        static List<Schema> in(Schema schema) {
            return switch (schema.getType()) {
                case ENUM -> List.of(schema);
                case RECORD -> schema.getFields().stream().flatMap(field -> in(field.schema()).stream()).toList();
                case UNION -> schema.getTypes().stream().flatMap(type -> in(type).stream()).toList();
                case ARRAY -> in(schema.getElementType());
                case MAP -> in(schema.getValueType());
                default -> List.of();
            };
        }
    }
}
