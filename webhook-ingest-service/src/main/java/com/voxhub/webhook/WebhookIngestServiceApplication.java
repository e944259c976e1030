package com.voxhub.webhook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Verifies provider callbacks, normalizes them and publishes them to Kafka; keeps no state of its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebhookIngestServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebhookIngestServiceApplication.class, args);
    }
}
