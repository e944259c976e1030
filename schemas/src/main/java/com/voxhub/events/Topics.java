package com.voxhub.events;

import com.voxhub.events.accounts.ApiKeyIssued;
import com.voxhub.events.accounts.ApiKeyRevoked;
import com.voxhub.events.campaign.CampaignChanged;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.campaign.JobUnqueued;
import com.voxhub.events.dialer.CallAttemptStarted;
import com.voxhub.events.dialer.CallStatusChanged;
import com.voxhub.events.dialer.JobDialingFinished;
import com.voxhub.events.inbound.ReplyReceived;
import com.voxhub.events.messaging.ConsentChanged;
import com.voxhub.events.messaging.MessageAccepted;
import com.voxhub.events.messaging.MessageStatusChanged;
import com.voxhub.events.provider.ProviderEventReceived;
import com.voxhub.events.provider.RawCallbackReceived;
import java.util.List;
import java.util.Optional;

/** Topic names (contracts, see DESIGN.md), the topic catalog and the header names every record carries. */
public final class Topics {

    /** Header carrying the record's Avro full name, e.g. {@code com.voxhub.events.campaign.JobQueued}. */
    public static final String RECORD_TYPE_HEADER = "vh-record-type";
    /** W3C trace context header propagated by the producers' tracing. */
    public static final String TRACEPARENT_HEADER = "traceparent";
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final String ACCOUNTS_API_KEYS = "accounts.api-keys";
    public static final String CAMPAIGN_CAMPAIGNS = "campaign.campaigns";
    public static final String CAMPAIGN_JOBS = "campaign.jobs";
    public static final String DIALER_CALL_EVENTS = "dialer.call-events";
    public static final String MESSAGING_MESSAGE_EVENTS = "messaging.message-events";
    public static final String MESSAGING_CONSENT = "messaging.consent";
    public static final String PROVIDER_EVENTS = "provider.events";
    public static final String PROVIDER_RAW_CALLBACKS = "provider.raw-callbacks";
    public static final String INBOUND_REPLIES = "inbound.replies";

    private static final List<TopicDescriptor> ALL = List.of(
            new TopicDescriptor(ACCOUNTS_API_KEYS, true, "key hash (hex SHA-256 of the raw key)",
                    List.of(ApiKeyIssued.class, ApiKeyRevoked.class)),
            new TopicDescriptor(CAMPAIGN_CAMPAIGNS, true, "campaign id",
                    List.of(CampaignChanged.class)),
            new TopicDescriptor(CAMPAIGN_JOBS, false, "job id",
                    List.of(JobQueued.class, JobChanged.class, JobUnqueued.class)),
            new TopicDescriptor(DIALER_CALL_EVENTS, false, "job id",
                    List.of(CallAttemptStarted.class, CallStatusChanged.class, JobDialingFinished.class)),
            new TopicDescriptor(MESSAGING_MESSAGE_EVENTS, false, "message id",
                    List.of(MessageAccepted.class, MessageStatusChanged.class)),
            new TopicDescriptor(MESSAGING_CONSENT, true, "accountId:channel:address",
                    List.of(ConsentChanged.class)),
            new TopicDescriptor(PROVIDER_EVENTS, false, "provider message id",
                    List.of(ProviderEventReceived.class)),
            new TopicDescriptor(PROVIDER_RAW_CALLBACKS, false, "provider",
                    List.of(RawCallbackReceived.class)),
            new TopicDescriptor(INBOUND_REPLIES, false, "accountId:address",
                    List.of(ReplyReceived.class)));

    private Topics() {
    }

    /** Every topic of the platform (not the dead-letter topics). */
    public static List<TopicDescriptor> all() {
        return ALL;
    }

    public static Optional<TopicDescriptor> find(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    /** {@code <topic>.DLT}: where a record goes, with its failure in headers, after the last retry. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
