package com.voxhub.messaging.provider.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server standing in for Twilio's API: answers scripted responses in order (then a default) and
 * records every request with its decoded form or query.
 */
public final class FakeTwilio implements AutoCloseable {

    public record Request(String method, String path, Map<String, String> params, String authorization,
                          Instant at) {
    }

    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

        public static Reply json(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, body, all, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Reply> postReplies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Reply> getReplies = new ConcurrentLinkedQueue<>();
    private final Map<String, Reply> repliesByTo = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong postCount = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> createdByTo =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Instant faultyUntil = Instant.MIN;
    private volatile List<Reply> faults = List.of();

    public FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeTwilio onPost(Reply reply) {
        postReplies.add(reply);
        return this;
    }

    /** Every request (POST form or GET query) naming this {@code To} gets this reply. */
    public FakeTwilio onTo(String to, Reply reply) {
        repliesByTo.put(to, reply);
        return this;
    }

    public List<Request> postsTo(String to) {
        return posts().stream().filter(r -> to.equals(r.params().get("To"))).toList();
    }

    /**
     * Until {@code until}, every second message POST fails with one of {@code failures} in turn (like the sandbox's
     * fault API at a 50% rate). A failed POST creates no message.
     */
    public FakeTwilio failHalfOfPostsUntil(Instant until, Reply... failures) {
        faults = List.of(failures);
        faultyUntil = until;
        return this;
    }

    /** How many message POSTs to this number were answered 201 Created, i.e. how many texts it would receive. */
    public int createdFor(String to) {
        java.util.concurrent.atomic.AtomicInteger created = createdByTo.get(to);
        return created == null ? 0 : created.get();
    }

    public FakeTwilio onGet(Reply reply) {
        getReplies.add(reply);
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> posts() {
        return requests().stream().filter(r -> r.method().equals("POST")).toList();
    }

    /** A Twilio 201 answer for a created message. */
    public static Reply created(String sid) {
        return Reply.json(201, """
                {"sid": "%s", "status": "queued", "to": "+33612345678", "from": "+15005550006", "body": "x",
                 "date_created": "Mon, 02 Mar 2026 10:00:00 +0000", "error_code": null}""".formatted(sid));
    }

    public static Reply error(int status, int code) {
        return Reply.json(status, """
                {"code": %d, "message": "The 'To' number +33612345678 is not valid.",
                 "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}""".formatted(code, code, status));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String raw = method.equals("POST")
                ? new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                : exchange.getRequestURI().getRawQuery();
        Map<String, String> params = decode(raw);
        requests.add(new Request(method, exchange.getRequestURI().getPath(), params,
                exchange.getRequestHeaders().getFirst("Authorization"), Instant.now()));
        Reply reply = params.containsKey("To") ? repliesByTo.get(params.get("To")) : null;
        if (reply == null && method.equals("POST") && Instant.now().isBefore(faultyUntil)) {
            long n = postCount.incrementAndGet();
            if (n % 2 == 0) {
                reply = faults.get((int) ((n / 2) % faults.size()));
            }
        }
        if (reply == null) {
            reply = (method.equals("POST") ? postReplies : getReplies).poll();
        }
        if (reply == null) {
            reply = method.equals("POST") ? created("SM" + sequence.incrementAndGet())
                    : Reply.json(200, "{\"messages\": []}");
        }
        if (!reply.delay().isZero()) {
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (method.equals("POST") && reply.status() == 201 && params.containsKey("To")) {
            createdByTo.computeIfAbsent(params.get("To"), to -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
        }
        try {
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException clientGone) {
            // the client gave up waiting (timeout tests): nothing to answer
        }
    }

    private static Map<String, String> decode(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
