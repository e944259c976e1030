package com.voxhub.campaign.job.web;

import com.voxhub.campaign.job.domain.FieldError;
import com.voxhub.campaign.job.domain.ItemResult;
import java.util.List;
import java.util.Map;

/** One item of a seed-002 bulk answer: {@code {"data": job | errors | null, "status_code": n}}. */
record BulkItemView(Object data, int statusCode) {

    static BulkItemView of(ItemResult result) {
        if (result.job() != null) {
            return new BulkItemView(JobView.of(result.job()), result.status());
        }
        if (result.error() == null) {
            return new BulkItemView(null, result.status());
        }
        String code = result.error().code();
        Object errors = code != null && code.startsWith(FieldError.CODE_PREFIX)
                ? Map.of(code.substring(FieldError.CODE_PREFIX.length()), List.of(result.error().getMessage()))
                : Map.of("detail", result.error().getMessage());
        return new BulkItemView(errors, result.status());
    }
}
