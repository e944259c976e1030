package com.voxhub.events.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.events.serde.PublishedSchema;
import com.voxhub.events.serde.SchemaCatalog;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityCheckerTest {

    private static final String NAME = "com.voxhub.events.test.SampleHappened";
    private static final String V1_FIELDS = """
            {"name": "eventId", "type": "string"},
            {"name": "count", "type": "int"},
            {"name": "status", "type": {"type": "enum", "name": "SampleStatus", "symbols": ["UNKNOWN", "OPEN", "CLOSED"]}},
            {"name": "window", "type": {"type": "record", "name": "Window", "fields": [{"name": "start", "type": "string"}]}}
            """;
    private static final Schema V1 = record(V1_FIELDS);

    private final SchemaCompatibilityChecker checker = new SchemaCompatibilityChecker();

    @Test
    void shouldAcceptTheCurrentSchemaWhenItIsThePublishedOne() {
        assertThat(checker.problems(List.of(V1), history(V1))).isEmpty();
    }

    @Test
    void shouldAcceptANewFieldWithADefaultOncePublishedAsANewVersion() {
        Schema v2 = record(V1_FIELDS + ", {\"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null}");

        assertThat(checker.problems(List.of(v2), history(V1, v2))).isEmpty();
    }

    @Test
    void shouldAskForANewVersionFileWhenACompatibleChangeIsNotPublished() {
        Schema v2 = record(V1_FIELDS + ", {\"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null}");

        assertThat(checker.problems(List.of(v2), history(V1))).containsExactly(NAME
                + ": changed since v1 but the change is not published; add avro-history/" + NAME
                + "/v2.avsc and list it in avro-history/index.txt");
    }

    @Test
    void shouldRejectARenamedFieldNamingTheRecordAndBothFieldNames() {
        Schema renamed = record(V1_FIELDS.replace("\"count\"", "\"total\""));

        assertThat(checker.problems(List.of(renamed), history(V1, renamed)))
                .anySatisfy(problem -> assertThat(problem).startsWith(NAME + ": the current schema cannot read published v1")
                        .contains("field 'total'").contains("READER_FIELD_MISSING_DEFAULT_VALUE"))
                .anySatisfy(problem -> assertThat(problem).startsWith(NAME + ": readers of published v1 cannot read")
                        .contains("field 'count'"));
    }

    @Test
    void shouldRejectARetypedField() {
        Schema retyped = record(V1_FIELDS.replace("\"count\", \"type\": \"int\"", "\"count\", \"type\": \"string\""));

        assertThat(checker.problems(List.of(retyped), history(V1, retyped)))
                .anySatisfy(problem -> assertThat(problem).startsWith(NAME).contains("field 'count'").contains("TYPE_MISMATCH"));
    }

    @Test
    void shouldRejectARetypedNestedFieldNamingItsPath() {
        Schema retyped = record(V1_FIELDS.replace("\"start\", \"type\": \"string\"", "\"start\", \"type\": \"long\""));

        assertThat(checker.problems(List.of(retyped), history(V1, retyped)))
                .anySatisfy(problem -> assertThat(problem).startsWith(NAME).contains("field 'window.start'"));
    }

    @Test
    void shouldRejectANewFieldWithoutADefault() {
        Schema added = record(V1_FIELDS + ", {\"name\": \"priority\", \"type\": \"int\"}");

        assertThat(checker.problems(List.of(added), history(V1, added))).singleElement().asString()
                .startsWith(NAME + ": the current schema cannot read published v1")
                .contains("field 'priority'").contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void shouldRejectARemovedEnumSymbolWhenTheEnumHasNoDefault() {
        Schema removed = record(V1_FIELDS.replace("\"OPEN\", \"CLOSED\"", "\"OPEN\""));

        assertThat(checker.problems(List.of(removed), history(V1, removed))).singleElement().asString()
                .startsWith(NAME + ": the current schema cannot read published v1")
                .contains("field 'status'").contains("MISSING_ENUM_SYMBOLS").contains("CLOSED");
    }

    @Test
    void shouldRejectARecordThatWasNeverPublished() {
        assertThat(checker.problems(List.of(V1), history())).containsExactly(NAME
                + ": not published; add avro-history/" + NAME + "/v1.avsc and list it in avro-history/index.txt");
    }

    @Test
    void shouldRejectDeletingAPublishedRecord() {
        assertThat(checker.problems(List.of(), history(V1))).singleElement().asString()
                .startsWith(NAME + ": published but has no current schema");
    }

    @Test
    void shouldThrowWithEveryProblemInTheMessage() {
        Schema retyped = record(V1_FIELDS.replace("\"count\", \"type\": \"int\"", "\"count\", \"type\": \"string\""));

        assertThatThrownBy(() -> checker.check(List.of(retyped), history(V1)))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining(NAME).hasMessageContaining("field 'count'").hasMessageContaining("not published");
    }

    private static Schema record(String fields) {
        return new Schema.Parser().parse("""
                {"type": "record", "name": "SampleHappened", "namespace": "com.voxhub.events.test", "fields": [%s]}
                """.formatted(fields));
    }

    private static SchemaCatalog history(Schema... versions) {
        return SchemaCatalog.of(java.util.stream.IntStream.range(0, versions.length)
                .mapToObj(i -> PublishedSchema.of(i + 1, versions[i])).toList());
    }
}
