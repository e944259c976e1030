import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * bin/topic's value deserializer: our events through the schemas module's AvroEventDeserializer (printed
 * as the record's JSON), anything else (a test string, a record from a schema this build does not know)
 * as UTF-8 text prefixed with "raw:", so one odd record never stops the console consumer.
 * Loads the Avro deserializer reflectively: this file compiles without the schemas jar.
 */
public final class TopicValueDeserializer implements Deserializer<Object> {

    private final Deserializer<?> avro = loadAvro();

    @SuppressWarnings("unchecked")
    private static Deserializer<?> loadAvro() {
        try {
            return (Deserializer<Object>) Class.forName("com.voxhub.events.serde.AvroEventDeserializer")
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (avro != null) {
            try {
                Object record = avro.deserialize(topic, data);
                String type = record.getClass().getSimpleName();
                return type + " " + record;
            } catch (RuntimeException e) {
                // Not one of our events (or an unknown schema): fall through to the raw text.
            }
        }
        return "raw:" + new String(data, StandardCharsets.UTF_8);
    }
}
