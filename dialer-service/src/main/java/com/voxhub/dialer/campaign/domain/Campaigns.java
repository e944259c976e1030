package com.voxhub.dialer.campaign.domain;

import java.util.Optional;

/** Port: the materialized campaigns. */
public interface Campaigns {

    /** Stores the snapshot unless a newer version is already held; answers whether it was stored. */
    boolean save(Campaign campaign);

    Optional<Campaign> find(long campaignId);
}
