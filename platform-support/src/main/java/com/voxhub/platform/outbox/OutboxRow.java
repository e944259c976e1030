package com.voxhub.platform.outbox;

import java.time.Instant;
import java.util.Map;

/** One unsent outbox row as the relay reads it. */
record OutboxRow(long id, String topic, String key, String recordType, byte[] payload,
                 Map<String, String> headers, Instant createdAt) {
}
