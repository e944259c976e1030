package com.voxhub.platform.web;

/**
 * How one API surface renders errors. A service registers one bean per surface; the error handler picks the
 * first (in {@code @Order}) whose {@link #handles} accepts the request path, and a fallback for unclaimed paths.
 *
 * <pre>{@code
 * @Bean ErrorShape jobsApiErrors() {
 *     return ErrorShape.of("/j/", (status, code, message) -> Map.of("detail", message));
 * }
 * }</pre>
 */
public interface ErrorShape {

    /** Whether this surface serves {@code path} (the request path, without query). */
    boolean handles(String path);

    /** The JSON body (serialized with the application's codecs) for an error of this surface. */
    Object body(int status, String code, String message);

    /** Renders a body from the status, code and message. */
    @FunctionalInterface
    interface Body {
        Object render(int status, String code, String message);
    }

    /** A surface owning every path that starts with {@code pathPrefix}. */
    static ErrorShape of(String pathPrefix, Body body) {
        return new ErrorShape() {
            @Override
            public boolean handles(String path) {
                return path.startsWith(pathPrefix);
            }

            @Override
            public Object body(int status, String code, String message) {
                return body.render(status, code, message);
            }
        };
    }
}
