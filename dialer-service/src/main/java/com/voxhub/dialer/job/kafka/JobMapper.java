package com.voxhub.dialer.job.kafka;

import com.voxhub.dialer.job.domain.DialChannel;
import com.voxhub.dialer.job.domain.DialJob;
import com.voxhub.dialer.job.domain.JobPhase;
import com.voxhub.events.campaign.JobChanged;
import com.voxhub.events.campaign.JobQueued;
import com.voxhub.events.common.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Job events to dialer jobs. Options the job snapshot has no field for travel in its {@code data} map under the
 * names of the seed that defines them: {@code get_back_pressed_keys} (seed 003) and {@code agent_number}.
 */
final class JobMapper {

    static final String PRESSED_KEYS_OPTION = "get_back_pressed_keys";
    static final String AGENT_NUMBER_OPTION = "agent_number";

    private JobMapper() {
    }

    static boolean isDialed(Channel channel) {
        return channel == Channel.VOICE || channel == Channel.VMS;
    }

    static DialJob toDomain(JobQueued job, Instant now) {
        return job(job.getJobId(), job.getCampaignId(), job.getAccountId(), job.getChannel(), job.getNumbers(),
                job.getData(), job.getSimulation(), latest(job.getSendAt(), job.getAppointment()), job.getCountry(),
                now);
    }

    static DialJob toDomain(JobChanged job, Instant now) {
        return job(job.getJobId(), job.getCampaignId(), job.getAccountId(), job.getChannel(), job.getNumbers(),
                job.getData(), job.getSimulation(), latest(job.getSendAt(), job.getAppointment()), job.getCountry(),
                now);
    }

    /** Seed 003 send_at and seed 002 appointment both mean "not before": the later one wins. */
    static Instant latest(Instant sendAt, Instant appointment) {
        if (sendAt == null) {
            return appointment;
        }
        return appointment != null && appointment.isAfter(sendAt) ? appointment : sendAt;
    }

    private static DialJob job(long jobId, long campaignId, long accountId, Channel channel, List<String> numbers,
                               Map<String, String> data, boolean simulation, Instant sendAt, String country,
                               Instant now) {
        Map<String, String> options = data == null ? Map.of() : data;
        Instant due = sendAt != null && sendAt.isAfter(now) ? sendAt : now;
        return new DialJob(jobId, campaignId, accountId, DialChannel.valueOf(channel.name()), numbers,
                isTrue(options.get(PRESSED_KEYS_OPTION)), blankToNull(options.get(AGENT_NUMBER_OPTION)), simulation,
                sendAt, JobPhase.WAITING, 0, due, null, blankToNull(country));
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
