package com.voxhub.campaign.job.domain;

import com.voxhub.platform.web.ApiException;

/** One item of a bulk request: its decoded value, or the error decoding it gave (that item alone fails). */
public record BulkInput<T>(T value, ApiException error) {

    public static <T> BulkInput<T> of(T value) {
        return new BulkInput<>(value, null);
    }

    public static <T> BulkInput<T> failed(ApiException error) {
        return new BulkInput<>(null, error);
    }
}
