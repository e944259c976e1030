package com.voxhub.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.codec.ServerCodecConfigurer;

/**
 * The error handler ({@code voxhub.web.errors.enabled}, default on), ordered before Boot's default
 * {@code ErrorWebExceptionHandler} (order -1) so Boot's page never reaches an API caller.
 */
@AutoConfiguration(before = ErrorWebFluxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(ServerCodecConfigurer.class)
@ConditionalOnProperty(prefix = "voxhub.web.errors", name = "enabled", matchIfMissing = true)
public class WebErrorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ApiErrorWebExceptionHandler apiErrorWebExceptionHandler(ObjectProvider<ErrorShape> shapes,
                                                            ServerCodecConfigurer codecs) {
        return new ApiErrorWebExceptionHandler(shapes.orderedStream().toList(), codecs);
    }
}
