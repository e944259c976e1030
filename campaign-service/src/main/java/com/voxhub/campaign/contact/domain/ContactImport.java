package com.voxhub.campaign.contact.domain;

import java.time.Instant;

/**
 * One JSON-file import (the seed's import "job"). It reads the file into a staging table ({@code READING}: {@code read}
 * grows, {@code total} unknown), then queues the staged contacts in batches ({@code QUEUEING}: {@code processed} of
 * {@code total}). {@code total} is counted as the file is read, so the file is parsed once.
 */
public record ContactImport(long id, long accountId, long campaignId, Status status, Phase phase, Integer total,
                            int read, int processed, int nextSeq, String errorDetails, String errorMessage,
                            Instant createdAt, Instant updatedAt) {

    public enum Status { IN_PROGRESS, COMPLETED, FAILED }

    public enum Phase { READING, QUEUEING, DONE }
}
