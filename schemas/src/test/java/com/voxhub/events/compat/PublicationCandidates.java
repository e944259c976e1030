package com.voxhub.events.compat;

import com.voxhub.events.serde.PublishedSchema;
import com.voxhub.events.serde.SchemaCatalog;
import com.voxhub.events.serde.SingleObjectEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/** Writes the next version file of every unpublished schema, ready to copy into avro-history (README). */
final class PublicationCandidates {

    private PublicationCandidates() {
    }

    static void write(List<Schema> current, SchemaCatalog history, Path dir) throws IOException {
        List<String> indexLines = new ArrayList<>();
        for (Schema schema : current) {
            List<PublishedSchema> versions = history.versions(schema.getFullName());
            long fingerprint = SingleObjectEncoding.fingerprint(schema);
            if (versions.stream().anyMatch(version -> version.fingerprint() == fingerprint)) {
                continue;
            }
            String entry = schema.getFullName() + "/v" + (versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1) + ".avsc";
            Path file = dir.resolve(entry);
            Files.createDirectories(file.getParent());
            Files.writeString(file, schema.toString(true) + "\n");
            indexLines.add(entry);
        }
        Files.createDirectories(dir);
        Files.write(dir.resolve("index-additions.txt"), indexLines);
    }
}
