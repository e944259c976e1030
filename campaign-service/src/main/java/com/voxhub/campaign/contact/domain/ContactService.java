package com.voxhub.campaign.contact.domain;

import com.voxhub.campaign.campaign.domain.Campaign;
import com.voxhub.campaign.campaign.domain.CampaignService;
import com.voxhub.campaign.job.domain.JobEvents;
import com.voxhub.platform.web.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seed 004's contacts over the campaign's jobs. Adding a contact queues its job exactly as {@code POST /j/jobs} does
 * (state 0, a deactivated campaign comes back, {@code JobQueued} through the outbox in the same transaction);
 * deleting one unqueues it ({@code JobUnqueued}).
 */
@Service
public class ContactService {

    public static final String NOT_FOUND = "ActiveRecord::RecordNotFound";

    private final Contacts contacts;
    private final CampaignService campaigns;
    private final JobEvents jobEvents;
    private final ContactEvents contactEvents;
    private final TransactionTemplate tx;

    public ContactService(Contacts contacts, CampaignService campaigns, JobEvents jobEvents, ContactEvents contactEvents,
                          TransactionTemplate tx) {
        this.contacts = contacts;
        this.campaigns = campaigns;
        this.jobEvents = jobEvents;
        this.contactEvents = contactEvents;
        this.tx = tx;
    }

    public record Added(ContactDraft draft, Contact contact) {
    }

    public record Refused(ContactDraft draft, ContactRejection rejection) {
    }

    public record AddResult(List<Added> valid, List<Refused> invalid) {
    }

    /** The seed answers 200 either way: a refused contact is listed under {@code invalid_contacts}, nothing stored. */
    public AddResult add(long accountId, long campaignId, ContactDraft draft) {
        Campaign campaign = openCampaign(accountId, campaignId);
        try {
            ValidContact valid = ContactValidator.validate(draft, campaign.country());
            Contact contact = tx.execute(status -> {
                Contact inserted = contacts.insert(accountId, campaignId, valid);
                jobEvents.queued(inserted.job(), campaigns.reactivateIfDeactivated(campaign));
                return inserted;
            });
            return new AddResult(List.of(new Added(draft, contact)), List.of());
        } catch (ContactRejectedException e) {
            return new AddResult(List.of(), List.of(new Refused(draft, e.rejection())));
        }
    }

    public List<Contact> list(long accountId, long campaignId, ContactQuery query) {
        campaign(accountId, campaignId);
        return contacts.list(accountId, campaignId, query);
    }

    /** Only the fields given change; a changed phone must stay unique in the campaign (else 422). */
    public Contact patch(long accountId, long campaignId, long contactId, ContactDraft changes) {
        Campaign campaign = campaign(accountId, campaignId);
        return tx.execute(status -> {
            Contact current = contacts.find(accountId, campaignId, contactId).orElseThrow(ContactService::notFound);
            ContactDraft merged = new ContactDraft(
                    changes.name() != null ? changes.name() : current.job().name(),
                    changes.email() != null ? changes.email() : current.job().email(),
                    changes.phoneNumber() != null ? changes.phoneNumber() : current.phoneNumber(),
                    changes.outboundNumber() != null ? changes.outboundNumber() : current.outboundNumber(),
                    changes.externalUniqueId() != null ? changes.externalUniqueId() : current.externalUniqueId());
            ValidContact valid = ContactValidator.validate(merged, campaign.country());
            Contact changed = contacts.update(contactId, valid);
            jobEvents.changed(changed.job(), campaign);
            return changed;
        });
    }

    /** Which contact to delete: the first of id, phone, external id that is given. */
    public record Selector(Long contactId, String phoneNumber, String externalUniqueId) {
    }

    /** @return the contact as it was before it left the campaign (the seed shows it still "Upcoming") */
    public Contact delete(long accountId, long campaignId, Selector selector) {
        Campaign campaign = campaign(accountId, campaignId);
        return tx.execute(status -> {
            Contact current = find(accountId, campaign, selector);
            Contact deleted = contacts.delete(current.id());
            if (deleted.job().state() != current.job().state()) {
                contactEvents.unqueued(deleted.job(), campaign, "contact deleted through the contacts API");
            }
            return current;
        });
    }

    private Contact find(long accountId, Campaign campaign, Selector selector) {
        if (selector.contactId() != null) {
            return contacts.find(accountId, campaign.id(), selector.contactId()).orElseThrow(ContactService::notFound);
        }
        if (selector.phoneNumber() != null) {
            String e164 = ContactValidator.e164(selector.phoneNumber(), campaign.country());
            return (e164 == null ? java.util.Optional.<Contact>empty() : contacts.findByPhone(accountId, campaign.id(), e164))
                    .orElseThrow(ContactService::notFound);
        }
        if (selector.externalUniqueId() != null) {
            return contacts.findByExternalId(accountId, campaign.id(), selector.externalUniqueId())
                    .orElseThrow(ContactService::notFound);
        }
        throw ApiException.badRequest("ActionController::ParameterMissing",
                "one of contact_id, phone_number or external_unique_id is required");
    }

    /** Another account's campaign is a 404, like a missing one. */
    public Campaign campaign(long accountId, long campaignId) {
        return campaigns.findForJob(accountId, campaignId)
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND, "Couldn't find Campaign with 'id'=" + campaignId));
    }

    Campaign openCampaign(long accountId, long campaignId) {
        Campaign campaign = campaign(accountId, campaignId);
        if (!campaign.acceptsJobs()) {
            throw ApiException.unprocessable(ContactRejection.PREFIX + "CampaignStopped",
                    "Campaign " + campaignId + " is stopped and takes no new contacts.");
        }
        return campaign;
    }

    private static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND, "Couldn't find Contact");
    }
}
