package com.voxhub.events.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.events.EventTypes;
import com.voxhub.events.SampleRecords;
import com.voxhub.events.common.Channel;
import com.voxhub.events.messaging.ConsentChanged;
import com.voxhub.events.messaging.ConsentStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SingleObjectEventCodecTest {

    private final SingleObjectEventCodec codec = new SingleObjectEventCodec();

    static List<Class<? extends SpecificRecord>> eventTypes() {
        return EventTypes.all();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void shouldRoundTripEveryEventType(Class<? extends SpecificRecord> type) {
        SpecificRecord record = SampleRecords.of(type);

        SpecificRecord decoded = codec.decode(codec.encode(record));

        assertThat(decoded).isInstanceOf(type).isEqualTo(record);
    }

    @Test
    void shouldFrameTheBodyWithMarkerAndLittleEndianFingerprintOfTheWriterSchema() {
        byte[] payload = codec.encode(SampleRecords.of(ConsentChanged.class));

        assertThat(Arrays.copyOf(payload, 2)).containsExactly(0xC3, 0x01);
        assertThat(ByteBuffer.wrap(payload, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong())
                .isEqualTo(SingleObjectEncoding.fingerprint(ConsentChanged.getClassSchema()));
    }

    @Test
    void shouldMatchAvrosOwnSingleObjectEncoder() throws IOException {
        ConsentChanged record = consent();

        assertThat(codec.encode(record)).isEqualTo(record.toByteBuffer().array());
    }

    @Test
    void shouldReadARecordWrittenWithAnOlderVersionIntoTheCurrentClass() throws IOException {
        SchemaCatalog history = SchemaCatalog.load(getClass().getClassLoader(), "test-avro-history/index.txt");
        Schema v1 = history.versions(ConsentChanged.getClassSchema().getFullName()).get(0).schema();
        GenericRecord old = new GenericData.Record(v1);
        old.put("eventId", "6f1c7c1e-2d4b-4f7e-9a59-1c2b3d4e5f60");
        old.put("occurredAt", 1_700_000_000_000L);
        old.put("accountId", 7L);
        old.put("channel", new GenericData.EnumSymbol(v1.getField("channel").schema(), "SMS"));
        old.put("address", "+33612345678");
        old.put("status", new GenericData.EnumSymbol(v1.getField("status").schema(), "OPTED_OUT"));
        old.put("source", "SMS_KEYWORD");

        SpecificRecord decoded = new SingleObjectEventCodec(history).decode(frame(v1, old));

        assertThat(decoded).isEqualTo(ConsentChanged.newBuilder()
                .setEventId(UUID.fromString("6f1c7c1e-2d4b-4f7e-9a59-1c2b3d4e5f60"))
                .setOccurredAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setAccountId(7L).setChannel(Channel.SMS).setAddress("+33612345678")
                .setStatus(ConsentStatus.OPTED_OUT).setSource("SMS_KEYWORD").setReason(null)
                .build());
    }

    @Test
    void shouldRejectAnUnknownFingerprintNamingIt() {
        byte[] payload = codec.encode(consent());
        byte[] header = SingleObjectEncoding.header(0x0123456789abcdefL);
        System.arraycopy(header, 0, payload, 0, header.length);

        assertThatThrownBy(() -> codec.decode(payload))
                .isInstanceOfSatisfying(UnknownSchemaException.class,
                        e -> assertThat(e.fingerprint()).isEqualTo(0x0123456789abcdefL))
                .hasMessageContaining("0123456789abcdef");
    }

    @Test
    void shouldRejectAPayloadThatIsNotSingleObjectEncoded() {
        assertThatThrownBy(() -> codec.decode("{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("Not an Avro single-object encoded record");
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xC3}))
                .isInstanceOf(EventDecodingException.class);
    }

    @Test
    void shouldRejectATruncatedBody() {
        byte[] payload = codec.encode(consent());

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(payload, payload.length - 3)))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("com.voxhub.events.messaging.ConsentChanged v1");
    }

    @Test
    void shouldRejectTrailingBytesAfterTheBody() {
        byte[] payload = codec.encode(consent());

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(payload, payload.length + 2)))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("Trailing bytes");
    }

    @Test
    void shouldRefuseToEncodeARecordWhoseSchemaIsNotPublished() {
        SingleObjectEventCodec withoutHistory = new SingleObjectEventCodec(SchemaCatalog.of(List.of()));

        assertThatThrownBy(() -> withoutHistory.encode(consent()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ConsentChanged").hasMessageContaining("not published");
    }

    @Test
    void shouldDecodeWithoutTheSerializablePackagesPropertySet() {
        assertThat(System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES")).isNull();

        assertThat(codec.decode(codec.encode(consent()))).isEqualTo(consent());
    }

    private static ConsentChanged consent() {
        return ConsentChanged.newBuilder()
                .setEventId(UUID.fromString("00000000-0000-4000-8000-000000000001"))
                .setOccurredAt(Instant.parse("2025-11-23T08:30:00Z"))
                .setAccountId(1L).setChannel(Channel.EMAIL).setAddress("someone@example.com")
                .setStatus(ConsentStatus.OPTED_IN).setSource("API").setReason(null)
                .build();
    }

    private static byte[] frame(Schema writer, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SingleObjectEncoding.header(SingleObjectEncoding.fingerprint(writer)));
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(writer).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
