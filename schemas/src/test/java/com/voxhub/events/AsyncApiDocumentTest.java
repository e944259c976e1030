package com.voxhub.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.voxhub.events.serde.PublishedSchema;
import com.voxhub.events.serde.SchemaCatalog;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** asyncapi.yaml cannot drift from the topic catalog and the published schemas. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("asyncapi.yaml");
    private static Map<String, Object> asyncApi;

    @BeforeAll
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
            asyncApi = new Yaml().load(reader);
        }
    }

    @Test
    void shouldBeAnAsyncApi3Document() {
        assertThat(asyncApi.get("asyncapi")).isEqualTo("3.0.0");
    }

    @Test
    void shouldDescribeEveryTopicWithExactlyItsRecordTypesAndCompaction() {
        for (TopicDescriptor topic : Topics.all()) {
            Map<String, Object> channel = channelAt(topic.name());
            assertThat(map(channel, "messages").keySet()).as(topic.name())
                    .containsExactlyInAnyOrderElementsOf(topic.recordTypes().stream().map(Class::getSimpleName).toList());
            assertThat(at(channel, "bindings", "kafka", "topicConfiguration", "cleanup.policy")).as(topic.name())
                    .isEqualTo(List.of(topic.compacted() ? "compact" : "delete"));
        }
    }

    @Test
    void shouldGiveEveryTopicAProducerAndAConsumer() {
        for (TopicDescriptor topic : Topics.all()) {
            String ref = "#/channels/" + channelIdOf(topic.name());
            List<Object> actions = operations().values().stream()
                    .map(AsyncApiDocumentTest::asMap)
                    .filter(operation -> ref.equals(at(operation, "channel", "$ref")))
                    .map(operation -> operation.get("action")).toList();
            assertThat(actions).as(topic.name()).contains("send", "receive");
        }
    }

    @Test
    void shouldReferenceTheLatestPublishedSchemaOfEveryRecord() {
        SchemaCatalog history = SchemaCatalog.standard();
        for (Class<? extends SpecificRecord> type : EventTypes.all()) {
            Map<String, Object> message = map(map(asyncApi, "components"), "messages", type.getSimpleName());
            assertThat(at(message, "payload", "schemaFormat")).isEqualTo("application/vnd.apache.avro+json;version=1.9.0");
            Path file = Path.of((String) at(message, "payload", "schema", "$ref"));
            List<PublishedSchema> versions = history.versions(EventTypes.schemaOf(type).getFullName());
            PublishedSchema latest = versions.get(versions.size() - 1);
            assertThat(file).as(type.getSimpleName())
                    .isEqualTo(Path.of("./src/main/resources/avro-history", latest.fullName(), "v" + latest.version() + ".avsc"));
            assertThat(parse(file).getFullName()).isEqualTo(latest.fullName());
            assertThat(at(message, "headers", "$ref")).isEqualTo("#/components/schemas/EventHeaders");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentTheRecordTypeAndTraceHeaders() {
        Map<String, Object> headers = map(map(asyncApi, "components"), "schemas", "EventHeaders");
        assertThat(map(headers, "properties")).containsKeys(Topics.RECORD_TYPE_HEADER, Topics.TRACEPARENT_HEADER);
        assertThat((List<Object>) headers.get("required")).containsExactly(Topics.RECORD_TYPE_HEADER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeTheDeadLetterTopicOfEveryTopic() {
        Map<String, Object> deadLetters = channelAt("{topic}.DLT");
        assertThat(Topics.deadLetter("{topic}")).isEqualTo(deadLetters.get("address"));
        assertThat((List<Object>) at(deadLetters, "parameters", "topic", "enum"))
                .containsExactlyInAnyOrderElementsOf(Topics.all().stream().<Object>map(TopicDescriptor::name).toList());
    }

    private static Map<String, Object> channelAt(String address) {
        return map(asyncApi, "channels").values().stream().map(AsyncApiDocumentTest::asMap)
                .filter(channel -> address.equals(channel.get("address")))
                .findFirst().orElseThrow(() -> new AssertionError("asyncapi.yaml has no channel for " + address));
    }

    private static String channelIdOf(String address) {
        return map(asyncApi, "channels").entrySet().stream()
                .filter(entry -> address.equals(asMap(entry.getValue()).get("address")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Map<String, Object> operations() {
        return map(asyncApi, "operations");
    }

    private static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    private static Object at(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current == null ? null : asMap(current).get(key);
        }
        return current;
    }

    private static Map<String, Object> map(Map<String, Object> node, String... path) {
        Object found = at(node, path);
        assertThat(found).as(String.join(".", path)).isInstanceOf(Map.class);
        return asMap(found);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return (Map<String, Object>) node;
    }
}
