package com.voxhub.events.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/** Reads the published schema files an index resource lists; each file is a self-contained schema. */
final class SchemaHistoryLoader {

    private static final Pattern ENTRY = Pattern.compile("([A-Za-z0-9_.]+)/v([1-9][0-9]*)\\.avsc");

    private SchemaHistoryLoader() {
    }

    static List<PublishedSchema> load(ClassLoader loader, String indexResource) {
        String base = indexResource.contains("/") ? indexResource.substring(0, indexResource.lastIndexOf('/') + 1) : "";
        List<PublishedSchema> published = new ArrayList<>();
        for (String line : read(loader, indexResource).split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            published.add(parse(loader, base, entry, indexResource));
        }
        return published;
    }

    private static PublishedSchema parse(ClassLoader loader, String base, String entry, String index) {
        Matcher matcher = ENTRY.matcher(entry);
        if (!matcher.matches()) {
            throw new IllegalStateException(index + ": '" + entry + "' is not of the form <full.Name>/v<N>.avsc");
        }
        // A fresh parser per file: every version redefines the shared named types (Channel, ...).
        Schema schema = new Schema.Parser().parse(read(loader, base + entry));
        if (!schema.getFullName().equals(matcher.group(1))) {
            throw new IllegalStateException(index + ": " + entry + " defines " + schema.getFullName());
        }
        return PublishedSchema.of(Integer.parseInt(matcher.group(2)), schema);
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema history resource not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema history resource " + resource, e);
        }
    }
}
