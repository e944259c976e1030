package com.voxhub.campaign.contact.web;

import com.voxhub.campaign.contact.domain.ContactImport;
import com.voxhub.campaign.contact.domain.ContactImportQueue;
import com.voxhub.campaign.contact.domain.ContactImports;
import com.voxhub.campaign.contact.domain.ContactService;
import com.voxhub.campaign.contact.domain.ImportSettings;
import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The import of a JSON file (multipart part {@code file}) and its job status. The part streams to a temporary file
 * (Spring's multipart reader keeps at most {@code spring.http.codecs.max-in-memory-size} of a part in memory), the
 * answer is 202 with the import job and its {@code Location}, and the file is read on the import thread.
 */
@RestController
@RequestMapping("/apps/api/v1/outbound_dialer/campaigns/{campaignId}/contacts")
class ContactImportController {

    private final ContactService contacts;
    private final ContactImports imports;
    private final ContactImportQueue queue;
    private final ImportSettings settings;

    ContactImportController(ContactService contacts, ContactImports imports, ContactImportQueue queue, ImportSettings settings) {
        this.contacts = contacts;
        this.imports = imports;
        this.queue = queue;
        this.settings = settings;
    }

    @PostMapping("/import")
    Mono<ResponseEntity<Map<String, Object>>> importFile(AccountPrincipal caller, @PathVariable long campaignId,
                                                         ServerWebExchange exchange) {
        return Blocking.call(() -> contacts.campaign(caller.accountId(), campaignId))
                .then(exchange.getMultipartData())
                .flatMap(parts -> {
                    Part part = parts.getFirst("file");
                    if (!(part instanceof FilePart file)) {
                        return Mono.error(ApiException.badRequest("ActionController::ParameterMissing",
                                "param is missing or the value is empty: file"));
                    }
                    return Mono.fromCallable(() -> Files.createTempFile("contact-import-", ".json"))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(path -> file.transferTo(path).then(Blocking.call(() -> start(caller, campaignId, path)))
                                    .onErrorResume(e -> Blocking.call(() -> Files.deleteIfExists(path)).then(Mono.error(e))));
                })
                .map(started -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create(exchange.getRequest().getPath().value().replaceFirst("/import$", "/jobs/" + started.id())))
                        .body(ContactViews.importJob(started)));
    }

    @GetMapping("/jobs/{jobId}")
    Mono<Map<String, Object>> job(AccountPrincipal caller, @PathVariable long campaignId, @PathVariable long jobId) {
        return Blocking.call(() -> {
            contacts.campaign(caller.accountId(), campaignId);
            return ContactViews.importJob(imports.find(caller.accountId(), campaignId, jobId)
                    .orElseThrow(() -> ApiException.notFound(ContactService.NOT_FOUND, "Couldn't find Job with 'id'=" + jobId)));
        });
    }

    private ContactImport start(AccountPrincipal caller, long campaignId, Path path) throws IOException {
        if (Files.size(path) > settings.maxFileBytes()) {
            throw new ApiException(413, "ActionDispatch::Http::Parameters::PayloadTooLarge",
                    "The file is larger than " + settings.maxFileBytes() + " bytes.");
        }
        ContactImport started = imports.create(caller.accountId(), campaignId);
        queue.submit(started, new JsonFileContacts(path), () -> deleteQuietly(path));
        return started;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temp file is harmless; the OS temp cleaner removes it
        }
    }
}
