package com.voxhub.platform.web.idempotency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A request body read once, so it can be fingerprinted before the handler runs and then given to the handler
 * unchanged: in memory up to a threshold, beyond it in a temporary file (a 100,000-contact import must not sit
 * in the heap). {@link #discard()} deletes the file.
 */
final class SpooledBody {

    private final MessageDigest digest;
    private final long memoryThreshold;
    private final long maxSize;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private FileChannel channel;
    private long size;
    private String sha256;

    private SpooledBody(long memoryThreshold, long maxSize) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.memoryThreshold = memoryThreshold;
        this.maxSize = maxSize;
    }

    static Mono<SpooledBody> read(Flux<DataBuffer> body, long memoryThreshold, long maxSize) {
        return body.publishOn(Schedulers.boundedElastic()) // a spill to disk blocks
                .reduce(new SpooledBody(memoryThreshold, maxSize), SpooledBody::add)
                .map(SpooledBody::finish);
    }

    String sha256() {
        return sha256;
    }

    Flux<DataBuffer> content(DataBufferFactory factory) {
        if (file == null) {
            byte[] bytes = memory.toByteArray();
            return bytes.length == 0 ? Flux.empty() : Flux.just(factory.wrap(bytes));
        }
        return DataBufferUtils.read(file, factory, 64 * 1024);
    }

    void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private SpooledBody add(DataBuffer buffer) {
        try {
            int n = buffer.readableByteCount();
            size += n;
            if (size > maxSize) {
                discard();
                throw new DataBufferLimitException("Request body exceeds " + maxSize + " bytes");
            }
            byte[] bytes = new byte[n];
            buffer.read(bytes);
            digest.update(bytes);
            if (file == null && size > memoryThreshold) {
                spill();
            }
            if (file == null) {
                memory.write(bytes, 0, n);
            } else {
                ByteBuffer out = ByteBuffer.wrap(bytes);
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            }
            return this;
        } catch (IOException e) {
            discard();
            throw new UncheckedIOException(e);
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile("voxhub-idempotent-body-", ".bin");
        channel = FileChannel.open(file, StandardOpenOption.WRITE);
        channel.write(ByteBuffer.wrap(memory.toByteArray()));
        memory = null;
    }

    private SpooledBody finish() {
        sha256 = HexFormat.of().formatHex(digest.digest());
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                discard();
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }
}
