package com.voxhub.campaign.contact.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code voxhub.contacts.import.*}: contacts per transaction, an optional pause between batches (a throttle, so a
 * large import leaves room to the request traffic on a small machine), and where uploads wait while being read.
 */
@ConfigurationProperties("voxhub.contacts.import")
public record ImportSettings(@DefaultValue("1000") int batchSize, @DefaultValue("0ms") Duration pauseBetweenBatches,
                             @DefaultValue("209715200") long maxFileBytes) {

    void pause() {
        if (!pauseBetweenBatches.isZero()) {
            try {
                Thread.sleep(pauseBetweenBatches.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
        }
    }
}
