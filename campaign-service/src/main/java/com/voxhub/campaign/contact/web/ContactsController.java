package com.voxhub.campaign.contact.web;

import com.voxhub.campaign.contact.domain.ContactQuery;
import com.voxhub.campaign.contact.domain.ContactRejectedException;
import com.voxhub.campaign.contact.domain.ContactService;
import com.voxhub.campaign.contact.domain.ContactValidator;
import com.voxhub.platform.auth.AccountPrincipal;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Seed 004's contacts API (HTTP Basic or {@code X-API-Key}). Another account's campaign or contact is a 404.
 * The import endpoints are in {@link ContactImportController}.
 */
@RestController
@RequestMapping("/apps/api/v1/outbound_dialer/campaigns/{campaignId}")
class ContactsController {

    private final ContactService contacts;

    ContactsController(ContactService contacts) {
        this.contacts = contacts;
    }

    @PostMapping("/contacts")
    Mono<Map<String, Object>> add(AccountPrincipal caller, @PathVariable long campaignId, @RequestBody Map<String, Object> body) {
        var draft = ContactBodies.draft(body);
        return Blocking.call(() -> {
            ContactService.AddResult result = contacts.add(caller.accountId(), campaignId, draft);
            return Map.of(
                    "valid_contacts", result.valid().stream().map(a -> ContactViews.echo(a.draft(), a.contact().id())).toList(),
                    "invalid_contacts", result.invalid().stream().map(r -> ContactViews.refused(r.draft(), r.rejection())).toList());
        });
    }

    /** Pages of {@code per_page} (default 100, at most 1000) in creation order; optional exact-match filters. */
    @GetMapping("/contacts")
    Mono<List<Map<String, Object>>> list(AccountPrincipal caller, @PathVariable long campaignId,
                                         @RequestParam(defaultValue = "1") int page,
                                         @RequestParam(name = "per_page", defaultValue = "" + ContactQuery.DEFAULT_PER_PAGE) int perPage,
                                         @RequestParam(name = "phone_number", required = false) String phoneNumber,
                                         @RequestParam(name = "external_unique_id", required = false) String externalUniqueId) {
        if (page < 1 || perPage < 1 || perPage > ContactQuery.MAX_PER_PAGE) {
            throw ApiException.badRequest(ContactBodies.BAD_PARAMETER,
                    "page must be at least 1 and per_page between 1 and " + ContactQuery.MAX_PER_PAGE);
        }
        return Blocking.call(() -> {
            String region = phoneNumber == null ? null : contacts.campaign(caller.accountId(), campaignId).country();
            String e164 = phoneNumber == null ? null : ContactValidator.e164(phoneNumber, region);
            if (phoneNumber != null && e164 == null) {
                return List.of();
            }
            return contacts.list(caller.accountId(), campaignId, new ContactQuery(e164, externalUniqueId, page, perPage))
                    .stream().map(ContactViews::contact).toList();
        });
    }

    @PatchMapping("/contact")
    Mono<Map<String, Object>> patch(AccountPrincipal caller, @PathVariable long campaignId, @RequestBody Map<String, Object> body) {
        long contactId = ContactBodies.contactId(body);
        var changes = ContactBodies.draft(body);
        return Blocking.call(() -> ContactViews.contact(contacts.patch(caller.accountId(), campaignId, contactId, changes)))
                .onErrorMap(ContactRejectedException.class, e -> ContactBodies.unprocessable(e.rejection()));
    }

    @DeleteMapping("/contact")
    Mono<Map<String, Object>> delete(AccountPrincipal caller, @PathVariable long campaignId, @RequestBody Map<String, Object> body) {
        var selector = ContactBodies.selector(body);
        return Blocking.call(() -> ContactViews.contact(contacts.delete(caller.accountId(), campaignId, selector)));
    }
}
