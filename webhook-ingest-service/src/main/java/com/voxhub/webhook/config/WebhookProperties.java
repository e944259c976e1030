package com.voxhub.webhook.config;

import com.voxhub.webhook.callback.domain.FieldLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How callbacks are received.
 *
 * @param publicBaseUrl           the base URL gateways call (and sign), which a proxy in front of us may change
 * @param publishTimeout          how long a callback waits for Kafka's acknowledgement before we answer 503; below
 *                                the gateways' own timeouts (the sandbox waits 5 s, Twilio 15 s) so they see our 503
 * @param publishTimePerRecord    added to publishTimeout for each record of a callback, so a large SendGrid batch
 *                                gets the time its size needs instead of a 503 on every retry
 * @param duplicateWindow         how long acknowledged event ids are remembered to count retries as duplicates
 * @param duplicateWindowMaxSize  upper bound of that memory, whatever the rate
 * @param dedupRetention          how long published event ids stay in the database (beyond the gateways' retry
 *                                horizons: SendGrid retries for up to 24 h, Mailgun 8 h, Twilio minutes)
 * @param limits                  body size limits per vendor; a larger body is refused with 413
 */
@ConfigurationProperties("voxhub.webhooks")
public record WebhookProperties(
        @DefaultValue("http://localhost:8084") String publicBaseUrl,
        @DefaultValue("3s") Duration publishTimeout,
        @DefaultValue("1ms") Duration publishTimePerRecord,
        @DefaultValue("10m") Duration duplicateWindow,
        @DefaultValue("200000") int duplicateWindowMaxSize,
        @DefaultValue("3d") Duration dedupRetention,
        @DefaultValue Limits limits) {

    /**
     * @param inboundEmail  a posted inbound email (seed 001 reply, SendGrid Inbound Parse): archived whole, so it
     *                      stays within what the producer sends (6 MB before lz4)
     * @param gatewayEvents seed 001's event webhook body
     * @param mailgunEvent  one Mailgun event (JSON)
     * @param fields        per-field limits (characters), see FieldLimits
     */
    public record Limits(
            @DefaultValue("256KB") DataSize twilioForm,
            @DefaultValue("5MB") DataSize sendgridBatch,
            @DefaultValue("5MB") DataSize inboundEmail,
            @DefaultValue("5MB") DataSize gatewayEvents,
            @DefaultValue("256KB") DataSize mailgunEvent,
            @DefaultValue Fields fields) {
    }

    public record Fields(
            @DefaultValue("256") int id,
            @DefaultValue("16384") int address,
            @DefaultValue("16384") int text,
            @DefaultValue("1048576") int body) {

        public FieldLimits toLimits() {
            return new FieldLimits(id, address, text, body);
        }
    }

    /** The base URL without a trailing slash, ready to have a request path appended. */
    public String publicBase() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
