package com.voxhub.campaign.contact.domain;

import java.util.List;
import java.util.Optional;

/** Port: the import jobs and their progress. */
public interface ContactImports {

    ContactImport create(long accountId, long campaignId);

    Optional<ContactImport> find(long accountId, long campaignId, long importId);

    Optional<ContactImport> get(long importId);

    void read(long importId, int read);

    void readingDone(long importId, int total);

    void advance(long importId, int nextSeq, int processedDelta);

    void complete(long importId);

    void fail(long importId, String details, String message);

    List<ContactImport> unfinished();
}
