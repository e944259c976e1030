package com.voxhub.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.events.SampleRecords;
import com.voxhub.events.Topics;
import com.voxhub.events.campaign.JobQueued;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class AvroEventSerdeTest {

    // Instantiated by class name, as Kafka does from value.serializer / value.deserializer.
    @SuppressWarnings("unchecked")
    private final Serializer<SpecificRecord> serializer = Utils.newInstance(AvroEventSerializer.class);
    @SuppressWarnings("unchecked")
    private final Deserializer<SpecificRecord> deserializer = Utils.newInstance(AvroEventDeserializer.class);

    @Test
    void shouldRoundTripARecordThroughKafkasSerdeContract() {
        serializer.configure(Map.of(), false);
        deserializer.configure(Map.of(), false);
        SpecificRecord job = SampleRecords.of(JobQueued.class);
        RecordHeaders headers = new RecordHeaders();

        byte[] bytes = serializer.serialize(Topics.CAMPAIGN_JOBS, headers, job);

        assertThat(deserializer.deserialize(Topics.CAMPAIGN_JOBS, headers, bytes)).isEqualTo(job);
    }

    @Test
    void shouldPutTheRecordFullNameInTheRecordTypeHeader() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.RECORD_TYPE_HEADER, "stale".getBytes(StandardCharsets.UTF_8));

        serializer.serialize(Topics.CAMPAIGN_JOBS, headers, SampleRecords.of(JobQueued.class));

        assertThat(headers.headers(Topics.RECORD_TYPE_HEADER)).singleElement()
                .satisfies(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8))
                        .isEqualTo("com.voxhub.events.campaign.JobQueued"));
    }

    @Test
    void shouldKeepTombstonesNull() {
        assertThat(serializer.serialize(Topics.CAMPAIGN_CAMPAIGNS, new RecordHeaders(), null)).isNull();
        assertThat(deserializer.deserialize(Topics.CAMPAIGN_CAMPAIGNS, null)).isNull();
    }

    @Test
    void shouldFailWithASerializationExceptionNamingTheTopicWhenThePayloadIsNotAnEvent() {
        assertThatThrownBy(() -> deserializer.deserialize(Topics.CAMPAIGN_JOBS, "plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(Topics.CAMPAIGN_JOBS)
                .hasCauseInstanceOf(EventDecodingException.class);
    }

    @Test
    void shouldExposeUnknownSchemasAsTheCauseSoConsumersCanDeadLetterThem() {
        byte[] payload = serializer.serialize(Topics.CAMPAIGN_JOBS, SampleRecords.of(JobQueued.class));
        payload[9] ^= 0x7F;

        assertThatThrownBy(() -> deserializer.deserialize(Topics.CAMPAIGN_JOBS, payload))
                .isInstanceOf(SerializationException.class)
                .hasCauseInstanceOf(UnknownSchemaException.class);
    }
}
