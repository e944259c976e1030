package com.voxhub.campaign.contact.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.campaign.job.domain.JobEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import in two phases so that a bad file changes nothing and a restart loses nothing:
 * <ol>
 *   <li>READING: the file is parsed once, each contact validated and staged ({@code contact_import_row}) in batches,
 *       each batch its own transaction; the count read so far is the progress, the final count is {@code total}.
 *       A malformed file, a contact of the wrong shape or a phone that repeats (in the file or in the campaign)
 *       fails the import and drops the staged rows: the campaign never saw them.</li>
 *   <li>QUEUEING: staged contacts become queued jobs batch by batch; each batch, its {@code JobQueued} outbox rows
 *       and the import's cursor commit together, so a restart resumes at the first batch not committed.</li>
 * </ol>
 */
@Service
public class ContactImporter {

    private static final Logger log = LoggerFactory.getLogger(ContactImporter.class);

    private final Contacts contacts;
    private final ContactImports imports;
    private final CampaignService campaigns;
    private final JobEvents jobEvents;
    private final ContactEvents contactEvents;
    private final TransactionTemplate tx;
    private final ImportSettings settings;

    public ContactImporter(Contacts contacts, ContactImports imports, CampaignService campaigns, JobEvents jobEvents,
                           ContactEvents contactEvents, TransactionTemplate tx, ImportSettings settings) {
        this.contacts = contacts;
        this.imports = imports;
        this.campaigns = campaigns;
        this.jobEvents = jobEvents;
        this.contactEvents = contactEvents;
        this.tx = tx;
        this.settings = settings;
    }

    /** Reads {@code source} into the import's staging rows, then queues them. */
    public void run(ContactImport started, ContactSource source) {
        long id = started.id();
        Optional<Campaign> campaign = campaigns.findForJob(started.accountId(), started.campaignId());
        if (campaign.isEmpty()) {
            fail(id, ContactRejection.PREFIX + "CampaignNotFound", "The campaign no longer exists.");
            return;
        }
        int total;
        try {
            total = read(id, source, campaign.get().country());
        } catch (ContactRejectedException e) {
            fail(id, e.rejection().details(), e.rejection().message());
            return;
        }
        if (contacts.stagedPhonesCollide(id, started.campaignId())) {
            ContactRejection duplicate = ContactRejection.duplicatePhone();
            fail(id, duplicate.details(), "Internal Error");
            return;
        }
        imports.readingDone(id, total);
        queue(imports.get(id).orElseThrow());
    }

    /** Queues what an import staged, from its cursor on (also after a restart). */
    public void queue(ContactImport imp) {
        long id = imp.id();
        Optional<Campaign> found = campaigns.findForJob(imp.accountId(), imp.campaignId());
        if (found.isEmpty() || !found.get().acceptsJobs()) {
            undo(imp, ContactRejection.PREFIX + "CampaignStopped", "The campaign is stopped and takes no new contacts.");
            return;
        }
        Campaign campaign = found.get();
        int total = imp.total() == null ? 0 : imp.total();
        try {
            for (int from = imp.nextSeq(); from < total; from += settings.batchSize()) {
                int to = Math.min(total, from + settings.batchSize());
                int first = from;
                tx.executeWithoutResult(status -> {
                    List<Contact> queued = contacts.promote(id, imp.accountId(), imp.campaignId(), first, to);
                    Campaign active = campaigns.reactivateIfDeactivated(campaign);
                    queued.forEach(c -> jobEvents.queued(c.job(), active));
                    imports.advance(id, to, queued.size());
                });
                settings.pause();
            }
        } catch (ContactRejectedException e) {
            // Another request took one of these phones after the check: undo what this import queued.
            undo(imp, e.rejection().details(), "Internal Error");
            return;
        }
        tx.executeWithoutResult(status -> {
            imports.complete(id);
            contacts.dropStaged(id);
        });
        log.info("contact import {} completed: {} contacts queued in campaign {}", id, total, imp.campaignId());
    }

    private int read(long id, ContactSource source, String region) {
        List<ValidContact> batch = new ArrayList<>(settings.batchSize());
        int[] count = {0};
        source.forEach(draft -> {
            count[0]++;
            try {
                batch.add(ContactValidator.validate(draft, region));
            } catch (ContactRejectedException e) {
                throw new ContactRejectedException(e.rejection().at(count[0]));
            }
            if (batch.size() == settings.batchSize()) {
                stage(id, count[0] - batch.size(), batch, count[0]);
            }
        });
        if (!batch.isEmpty()) {
            stage(id, count[0] - batch.size(), batch, count[0]);
        }
        return count[0];
    }

    private void stage(long id, int firstSeq, List<ValidContact> batch, int read) {
        tx.executeWithoutResult(status -> {
            contacts.stage(id, firstSeq, batch);
            imports.read(id, read);
        });
        batch.clear();
        settings.pause();
    }

    private void undo(ContactImport imp, String details, String message) {
        Campaign campaign = campaigns.findForJob(imp.accountId(), imp.campaignId()).orElse(null);
        List<Contact> withdrawn;
        do {
            withdrawn = tx.execute(status -> {
                List<Contact> batch = contacts.withdrawImported(imp.id(), settings.batchSize());
                if (campaign != null) {
                    batch.forEach(c -> contactEvents.unqueued(c.job(), campaign, "contact import failed"));
                }
                return batch;
            });
        } while (!withdrawn.isEmpty());
        fail(imp.id(), details, message);
    }

    /** Ends the import as failed and drops what it staged. */
    public void fail(long id, String details, String message) {
        tx.executeWithoutResult(status -> {
            imports.fail(id, details, message);
            contacts.dropStaged(id);
        });
        log.info("contact import {} failed: {}", id, details);
    }
}
