package com.voxhub.sandbox.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an injected timeout holds a request before answering 504: longer than any client timeout. */
@ConfigurationProperties("voxhub.sandbox.faults")
public record FaultProperties(@DefaultValue("30s") Duration timeoutHold) {
}
