package com.voxhub.platform.auth;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;

/** API-key lookup ({@code voxhub.auth.enabled}) and its materialization from Kafka ({@code voxhub.auth.materialize-keys}). */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "voxhub.auth", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(AuthProperties.class)
public class AuthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ApiKeyDirectory.class)
    JdbcApiKeyDirectory apiKeyDirectory(DataSource dataSource, AuthProperties properties) {
        return new JdbcApiKeyDirectory(JdbcClient.create(dataSource), properties.cacheTtl(), properties.cacheSize(),
                Clock.systemUTC());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaListener.class)
    @ConditionalOnProperty(prefix = "voxhub.auth", name = "materialize-keys", matchIfMissing = true)
    static class MaterializeKeys {

        @Bean
        @ConditionalOnMissingBean
        ApiKeyDirectoryUpdater apiKeyDirectoryUpdater(DataSource dataSource,
                                                      ObjectProvider<JdbcApiKeyDirectory> directory) {
            return new ApiKeyDirectoryUpdater(JdbcClient.create(dataSource),
                    keyHash -> directory.ifAvailable(found -> found.evict(keyHash)));
        }
    }
}
