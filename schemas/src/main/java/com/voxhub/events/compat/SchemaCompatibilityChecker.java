package com.voxhub.events.compat;

import com.voxhub.events.serde.PublishedSchema;
import com.voxhub.events.serde.SchemaCatalog;
import com.voxhub.events.serde.SingleObjectEncoding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The evolution rule of our topics: for every record, the current schema reads every published version
 * (consumers upgrade first or last, old records stay readable) and every published version reads the
 * current one (consumers that have not upgraded keep working), and the current schema is itself published.
 */
public final class SchemaCompatibilityChecker {

    /** Every rule violation, one readable line each; empty when the schemas may ship. */
    public List<String> problems(Collection<Schema> currentSchemas, SchemaCatalog history) {
        List<String> problems = new ArrayList<>();
        for (Schema current : currentSchemas) {
            problems.addAll(problems(current, history.versions(current.getFullName())));
        }
        Set<String> currentNames = currentSchemas.stream().map(Schema::getFullName).collect(Collectors.toSet());
        history.recordNames().stream()
                .filter(name -> !currentNames.contains(name))
                .forEach(name -> problems.add(name + ": published but has no current schema; a record is never "
                        + "deleted (a breaking change is a new record on a new topic, run side by side)"));
        return problems;
    }

    /** @throws IncompatibleSchemaException listing every violation */
    public void check(Collection<Schema> currentSchemas, SchemaCatalog history) {
        List<String> problems = problems(currentSchemas, history);
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException(problems);
        }
    }

    private List<String> problems(Schema current, List<PublishedSchema> published) {
        String name = current.getFullName();
        List<String> problems = new ArrayList<>();
        if (current.toString().contains("\"java-class\"")) {
            problems.add(name + ": uses java-class, which Avro 1.12 only loads from packages listed in "
                    + "org.apache.avro.SERIALIZABLE_PACKAGES; consumers must not need that property");
        }
        if (published.isEmpty()) {
            problems.add(name + ": not published; add avro-history/" + name + "/v1.avsc and list it in avro-history/index.txt");
            return problems;
        }
        for (PublishedSchema version : published) {
            describe(problems, name + ": the current schema cannot read published v" + version.version(),
                    SchemaCompatibility.checkReaderWriterCompatibility(current, version.schema()));
            describe(problems, name + ": readers of published v" + version.version() + " cannot read the current schema",
                    SchemaCompatibility.checkReaderWriterCompatibility(version.schema(), current));
        }
        long fingerprint = SingleObjectEncoding.fingerprint(current);
        if (published.stream().noneMatch(version -> version.fingerprint() == fingerprint)) {
            int next = published.get(published.size() - 1).version() + 1;
            problems.add(name + ": changed since v" + (next - 1) + " but the change is not published; add avro-history/"
                    + name + "/v" + next + ".avsc and list it in avro-history/index.txt");
        }
        return problems;
    }

    private static void describe(List<String> problems, String direction,
                                 SchemaCompatibility.SchemaPairCompatibility result) {
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            problems.add(direction + ": field '" + FieldPath.of(result.getReader(), incompatibility.getLocation())
                    + "': " + incompatibility.getType() + " (" + incompatibility.getMessage() + ")");
        }
    }
}
