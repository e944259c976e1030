package com.voxhub.campaign.contact.domain;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports run one at a time on their own thread (two cores: an import must not starve request handling, and one
 * writer at a time keeps the campaign's phone check simple). After a restart, an import that had finished reading
 * its file resumes queueing from its cursor; one still reading fails with {@code ImportInterrupted}, because the
 * upload did not survive the restart (the caller uploads the file again; nothing of it reached the campaign).
 * One instance of campaign-service runs imports; several instances would each resume the same import.
 */
@Component
public class ContactImportQueue implements DisposableBean {

    public static final String INTERRUPTED = ContactRejection.PREFIX + "ImportInterrupted";
    private static final Logger log = LoggerFactory.getLogger(ContactImportQueue.class);

    private final ContactImporter importer;
    private final ContactImports imports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "contact-import");
        thread.setDaemon(true);
        return thread;
    });

    public ContactImportQueue(ContactImporter importer, ContactImports imports) {
        this.importer = importer;
        this.imports = imports;
    }

    /** Runs the import later; {@code cleanup} (deleting the uploaded file) runs after it, whatever happens. */
    public void submit(ContactImport started, ContactSource source, Runnable cleanup) {
        worker.execute(() -> {
            try {
                importer.run(started, source);
            } catch (RuntimeException e) {
                log.error("contact import {} stopped unexpectedly", started.id(), e);
                importer.fail(started.id(), ContactRejection.PREFIX + "ImportError", "Internal Error");
            } finally {
                cleanup.run();
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    public void resumeAfterRestart() {
        for (ContactImport unfinished : imports.unfinished()) {
            if (unfinished.phase() == ContactImport.Phase.QUEUEING) {
                log.info("resuming contact import {} at contact {}", unfinished.id(), unfinished.nextSeq());
                worker.execute(() -> {
                    try {
                        importer.queue(unfinished);
                    } catch (RuntimeException e) {
                        log.error("contact import {} stopped unexpectedly", unfinished.id(), e);
                        importer.fail(unfinished.id(), ContactRejection.PREFIX + "ImportError", "Internal Error");
                    }
                });
            } else {
                importer.fail(unfinished.id(), INTERRUPTED,
                        "The service restarted while reading the file; nothing was imported. Upload the file again.");
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
