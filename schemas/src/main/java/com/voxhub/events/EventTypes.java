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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Every top-level event record, registered explicitly: the serde resolves reader classes from this list
 * instead of loading classes by name, so no classpath scanning and no reflection on untrusted input.
 */
public final class EventTypes {

    private static final List<Class<? extends SpecificRecord>> ALL = List.of(
            ApiKeyIssued.class, ApiKeyRevoked.class,
            CampaignChanged.class, JobQueued.class, JobChanged.class, JobUnqueued.class,
            CallAttemptStarted.class, CallStatusChanged.class, JobDialingFinished.class,
            MessageAccepted.class, MessageStatusChanged.class, ConsentChanged.class,
            ProviderEventReceived.class, RawCallbackReceived.class,
            ReplyReceived.class);

    private static final Map<String, Class<? extends SpecificRecord>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(type -> schemaOf(type).getFullName(), Function.identity()));

    private EventTypes() {
    }

    /** Every event record class, in topic order. */
    public static List<Class<? extends SpecificRecord>> all() {
        return ALL;
    }

    /** The generated class for a record full name (e.g. {@code com.voxhub.events.campaign.JobQueued}). */
    public static Optional<Class<? extends SpecificRecord>> byFullName(String fullName) {
        return Optional.ofNullable(BY_NAME.get(fullName));
    }

    /** The current (reader) schema of a generated class: its {@code SCHEMA$}. */
    public static Schema schemaOf(Class<? extends SpecificRecord> type) {
        return org.apache.avro.specific.SpecificData.get().getSchema(type);
    }
}
