package com.voxhub.dialer.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where providers post status callbacks: webhook-ingest's public URL (CONVENTIONS.md). */
@ConfigurationProperties("voxhub.webhooks")
public record WebhookProperties(@DefaultValue("http://localhost:8084") String publicBaseUrl) {
}
