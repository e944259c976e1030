package com.voxhub.platform.web;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one place errors become responses: every failure of a request is rendered in the {@link ErrorShape} of
 * the surface that owns its path. Unexpected failures become a 500 with a correlation id; the stack trace goes
 * to the log once, never to the caller.
 */
public class ApiErrorWebExceptionHandler implements WebExceptionHandler, Ordered {

    /** Before Boot's {@code DefaultErrorWebExceptionHandler} (-1) and WebFlux's status handler (0). */
    public static final int ORDER = -2;

    private static final Logger log = LoggerFactory.getLogger(ApiErrorWebExceptionHandler.class);

    private final List<ErrorShape> shapes;
    private final ErrorShape fallback;
    private final ServerResponse.Context context;

    public ApiErrorWebExceptionHandler(List<ErrorShape> shapes, ServerCodecConfigurer codecs) {
        this.shapes = List.copyOf(shapes);
        this.fallback = new FallbackErrorShape();
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ApiError apiError = ErrorClassifier.classify(error);
        if (apiError == null) {
            String correlationId = UUID.randomUUID().toString();
            log.error("unhandled error on {} {} [correlationId={}]", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), correlationId, error);
            apiError = new ApiError(500, "internal_error", "Internal error (correlation id " + correlationId + ")");
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        ErrorShape shape = shapes.stream().filter(s -> s.handles(path)).findFirst().orElse(fallback);
        Object body = shape.body(apiError.status(), apiError.code(), apiError.message());
        return ServerResponse.status(HttpStatus.valueOf(apiError.status()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .flatMap(response -> response.writeTo(exchange, context));
    }
}
