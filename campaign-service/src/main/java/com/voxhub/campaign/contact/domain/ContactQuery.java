package com.voxhub.campaign.contact.domain;

/** Listing filters (all optional) and the page: 1-based, {@code perPage} at most {@link #MAX_PER_PAGE}. */
public record ContactQuery(String phoneE164, String externalUniqueId, int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 1000;

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
