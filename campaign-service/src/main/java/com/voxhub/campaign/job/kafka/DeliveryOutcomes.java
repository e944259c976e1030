package com.voxhub.campaign.job.kafka;

import com.voxhub.campaign.job.domain.JobState;
import com.voxhub.events.dialer.CallAttemptStarted;
import com.voxhub.events.dialer.JobDialingFinished;
import com.voxhub.events.messaging.MessageAccepted;
import com.voxhub.events.messaging.MessageStatusChanged;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** Translates dialer and messaging facts into the job state (seed 002) and contact status (seed 004) they imply. */
final class DeliveryOutcomes {

    record Outcome(long jobId, int state, String contactStatus) {
    }

    private DeliveryOutcomes() {
    }

    static Optional<Outcome> of(SpecificRecord record) {
        if (record instanceof CallAttemptStarted started) {
            return Optional.of(new Outcome(started.getJobId(), JobState.CALLING, "Calling"));
        }
        if (record instanceof JobDialingFinished finished) {
            return Optional.of(new Outcome(finished.getJobId(), finished.getJobState(), finished.getContactStatus()));
        }
        if (record instanceof MessageAccepted accepted && accepted.getJobId() != null) {
            return Optional.of(new Outcome(accepted.getJobId(), JobState.CALLING, null));
        }
        if (record instanceof MessageStatusChanged changed && changed.getJobId() != null) {
            return messageState(changed).map(state -> new Outcome(changed.getJobId(), state, null));
        }
        return Optional.empty();
    }

    private static Optional<Integer> messageState(MessageStatusChanged changed) {
        return switch (changed.getStatus()) {
            case DELIVERED, READ, OPENED, CLICKED, REPLIED -> Optional.of(JobState.SUCCEEDED);
            case FAILED, UNDELIVERED, BOUNCED, SKIPPED -> Optional.of(JobState.FAILED);
            case ACCEPTED, QUEUED, SENT -> Optional.of(JobState.CALLING);
            default -> Optional.empty();
        };
    }
}
