package com.voxhub.events.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.events.AvroSources;
import com.voxhub.events.serde.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The build gate: `./mvnw verify` fails when a schema in src/main/avro breaks the evolution rule. */
class PublishedSchemasAreMutuallyCompatibleTest {

    private static final Path CANDIDATES = Path.of("target/avro-history-candidates");

    @Test
    void everyEventSchemaIsPublishedAndCompatibleBothWaysWithEveryPublishedVersion() throws IOException {
        List<Schema> current = AvroSources.eventRecords();
        SchemaCatalog history = SchemaCatalog.standard();

        List<String> problems = new SchemaCompatibilityChecker().problems(current, history);
        if (!problems.isEmpty()) {
            PublicationCandidates.write(current, history, CANDIDATES);
        }

        assertThat(problems)
                .as("schema rule violations (unpublished versions were written to %s)", CANDIDATES.toAbsolutePath())
                .isEmpty();
    }
}
