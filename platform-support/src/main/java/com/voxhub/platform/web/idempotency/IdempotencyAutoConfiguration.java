package com.voxhub.platform.web.idempotency;

import com.voxhub.platform.auth.ApiKeyDirectory;
import com.voxhub.platform.web.ApiErrorWebExceptionHandler;
import com.voxhub.platform.web.WebErrorsAutoConfiguration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code Idempotency-Key} on POST requests ({@code voxhub.web.idempotency.enabled}, default off). Needs a
 * DataSource with the platform migrations (table {@code idempotency_key}) and an {@link IdempotencyScope}; the
 * default scope is the account of the request's API key.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, WebErrorsAutoConfiguration.class},
        afterName = "com.voxhub.platform.auth.AuthAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "voxhub.web.idempotency", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdempotencyStore idempotencyStore(DataSource dataSource) {
        return new IdempotencyStore(JdbcClient.create(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean(IdempotencyScope.class)
    @ConditionalOnBean(ApiKeyDirectory.class)
    IdempotencyScope apiKeyIdempotencyScope(ApiKeyDirectory directory) {
        return new ApiKeyIdempotencyScope(directory);
    }

    @Bean
    @ConditionalOnBean(IdempotencyScope.class)
    IdempotencyWebFilter idempotencyWebFilter(IdempotencyStore store, IdempotencyScope scope,
                                              IdempotencyProperties properties,
                                              ObjectProvider<ApiErrorWebExceptionHandler> errors) {
        return new IdempotencyWebFilter(store, scope, properties, errors.getIfAvailable());
    }
}
