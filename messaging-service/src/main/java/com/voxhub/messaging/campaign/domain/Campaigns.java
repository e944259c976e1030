package com.voxhub.messaging.campaign.domain;

import java.util.Optional;

/** The campaigns this service has seen, latest version of each. */
public interface Campaigns {

    /** Stores the snapshot unless a newer version is already held; true when it was stored. */
    boolean save(Campaign campaign);

    Optional<Campaign> find(long campaignId);
}
