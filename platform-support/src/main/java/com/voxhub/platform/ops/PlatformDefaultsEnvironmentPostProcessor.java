package com.voxhub.platform.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Operational defaults every service shares: actuator exposure, liveness/readiness probes with the database and
 * Kafka in readiness, full trace sampling, observation on Kafka templates and listeners, consumer basics.
 * Added with the lowest precedence, so a service's own configuration (or an env var) overrides any of them.
 * Off with {@code voxhub.platform-defaults.enabled=false}.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "voxhubPlatformDefaults";

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.probes.add-additional-paths", "false");
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db,kafka");
        // A service without a database (the sandbox) has no "db" contributor; that must not stop it starting.
        defaults.put("management.endpoint.health.validate-group-membership", "false");
        defaults.put("management.endpoint.health.show-details", "never");
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name:}");
        defaults.put("spring.kafka.producer.acks", "all");
        // Platform migrations (V0_x) and the ranges engineers take for their features (V10.., V20..) arrive after a
        // database has passed them; out of order lets Flyway apply them instead of refusing to start.
        defaults.put("spring.flyway.out-of-order", "true");
        return defaults;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("voxhub.platform-defaults.enabled", Boolean.class, true)
                || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults()));
    }
}
