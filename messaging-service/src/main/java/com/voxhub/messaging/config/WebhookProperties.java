package com.voxhub.messaging.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where providers post their callbacks: webhook-ingest's public URL, the one gateways sign. */
@ConfigurationProperties("voxhub.webhooks")
public record WebhookProperties(String publicBaseUrl) {

    public WebhookProperties {
        publicBaseUrl = publicBaseUrl != null ? publicBaseUrl : "http://localhost:8084";
    }
}
