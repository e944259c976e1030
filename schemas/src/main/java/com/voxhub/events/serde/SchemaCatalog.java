package com.voxhub.events.serde;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every published version of every event schema, looked up by fingerprint. The history ships in this
 * artifact ({@value #DEFAULT_INDEX} and the files it lists), so consumers need no registry.
 */
public final class SchemaCatalog {

    public static final String DEFAULT_INDEX = "avro-history/index.txt";

    private final Map<Long, PublishedSchema> byFingerprint = new HashMap<>();
    private final Map<String, List<PublishedSchema>> byName = new TreeMap<>();

    private SchemaCatalog(Collection<PublishedSchema> schemas) {
        for (PublishedSchema published : schemas) {
            PublishedSchema clash = byFingerprint.putIfAbsent(published.fingerprint(), published);
            if (clash != null) {
                throw new IllegalStateException(published + " has the same canonical form as " + clash
                        + ": a change that only touches docs or defaults needs no new version");
            }
        }
        schemas.stream()
                .collect(Collectors.groupingBy(PublishedSchema::fullName))
                .forEach((name, versions) -> byName.put(name, versions.stream()
                        .sorted(Comparator.comparingInt(PublishedSchema::version)).toList()));
    }

    /** The history shipped in this artifact (loaded once). */
    public static SchemaCatalog standard() {
        return Standard.INSTANCE;
    }

    /** The history listed by an index resource (one {@code <full.Name>/v<N>.avsc} path per line, relative to it). */
    public static SchemaCatalog load(ClassLoader loader, String indexResource) {
        return of(SchemaHistoryLoader.load(loader, indexResource));
    }

    public static SchemaCatalog of(Collection<PublishedSchema> schemas) {
        return new SchemaCatalog(schemas);
    }

    public Optional<PublishedSchema> byFingerprint(long fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    /** Published versions of one record, oldest first; empty if never published. */
    public List<PublishedSchema> versions(String fullName) {
        return byName.getOrDefault(fullName, List.of());
    }

    public Set<String> recordNames() {
        return byName.keySet();
    }

    private static final class Standard {
        static final SchemaCatalog INSTANCE = load(SchemaCatalog.class.getClassLoader(), DEFAULT_INDEX);
    }
}
