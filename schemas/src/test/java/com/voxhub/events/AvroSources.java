package com.voxhub.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;

/** The schemas as written in src/main/avro (the source of truth), parsed the way the build parses them. */
public final class AvroSources {

    public static final Path AVRO_DIR = Path.of("src/main/avro");

    private AvroSources() {
    }

    /** Every top-level event record (a record with an eventId), self-contained. */
    public static List<Schema> eventRecords() {
        return all().stream()
                .filter(schema -> schema.getType() == Schema.Type.RECORD && schema.getField("eventId") != null)
                .toList();
    }

    public static Path fileOf(Schema schema) {
        return AVRO_DIR.resolve(schema.getFullName().replace('.', '/') + ".avsc");
    }

    /** Every .avsc; a file that references a type defined in another file is parsed once that type is known. */
    public static List<Schema> all() {
        Deque<Path> pending = new ArrayDeque<>(files());
        List<Schema> parsed = new ArrayList<>();
        int sinceProgress = 0;
        while (!pending.isEmpty()) {
            Path file = pending.poll();
            try {
                parsed.add(new Schema.Parser().addTypes(parsed).parse(Files.readString(file)));
                sinceProgress = 0;
            } catch (AvroRuntimeException unresolvedYet) {
                if (++sinceProgress > pending.size()) {
                    throw new IllegalStateException("Cannot parse " + file, unresolvedYet);
                }
                pending.add(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parsed;
    }

    private static List<Path> files() {
        try (Stream<Path> paths = Files.walk(AVRO_DIR)) {
            return paths.filter(path -> path.toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
