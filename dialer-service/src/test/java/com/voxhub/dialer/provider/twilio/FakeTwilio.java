package com.voxhub.dialer.provider.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server speaking the part of Twilio's Calls API the dialer uses. It records every request (form
 * decoded) and, unless told otherwise, accepts calls ("queued") and answers lookups from the calls it accepted.
 */
public final class FakeTwilio implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, String query, String authorization,
                          Map<String, List<String>> form, Instant receivedAt) {

        public String first(String name) {
            List<String> values = form.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A canned answer; {@code delay} holds it back to provoke client timeouts. */
    public record Response(int status, String body, Map<String, String> headers, Duration delay) {

        public static Response of(int status, String body) {
            return new Response(status, body, Map.of(), Duration.ZERO);
        }
    }

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Response> scripted = new ConcurrentLinkedDeque<>();
    private final Map<String, String> callsBySid = new LinkedHashMap<>();
    private final Map<String, Response> byDestination = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger sids = new AtomicInteger();

    private FakeTwilio(HttpServer server) {
        this.server = server;
    }

    public static FakeTwilio start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeTwilio fake = new FakeTwilio(server);
            server.createContext("/", fake::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests get these answers, in order, instead of the default behaviour. */
    public void respondNext(Response... responses) {
        scripted.addAll(List.of(responses));
    }

    /** Every call request to {@code to} gets this answer (tests sharing one fake script their own numbers). */
    public void respondTo(String to, Response response) {
        byDestination.put(to, response);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> callRequests() {
        return requests.stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/Calls.json")).toList();
    }

    public List<Request> callRequestsTo(String to) {
        return callRequests().stream().filter(r -> to.equals(r.first("To"))).toList();
    }

    /** Makes the provider know a call, as if it had been created by an earlier process. */
    public synchronized void knowCall(String sid, String to, String status, Instant created) {
        callsBySid.put(sid, callJson(sid, to, "+15005550006", status, created));
    }

    public synchronized void forgetCalls() {
        callsBySid.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                decode(body), Instant.now());
        requests.add(request);
        Response response = request.method().equals("POST") && request.first("To") != null
                ? byDestination.get(request.first("To")) : null;
        if (response == null) {
            response = scripted.poll();
        }
        if (response == null) {
            response = defaultAnswer(request);
        }
        if (!response.delay().isZero()) {
            try {
                Thread.sleep(response.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try {
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection: nothing to answer
        } finally {
            exchange.close();
        }
    }

    private synchronized Response defaultAnswer(Request request) {
        if (request.method().equals("POST") && request.path().endsWith("/Calls.json")) {
            String sid = String.format("CA%032d", sids.incrementAndGet());
            String json = callJson(sid, request.first("To"), request.first("From"), "queued", Instant.now());
            callsBySid.put(sid, json);
            return Response.of(201, json);
        }
        if (request.method().equals("GET") && request.path().endsWith("/Calls.json")) {
            return Response.of(200, "{\"calls\":[" + String.join(",", callsBySid.values()) + "],\"page\":0}");
        }
        if (request.method().equals("GET") && request.path().contains("/Calls/")) {
            String sid = request.path().substring(request.path().lastIndexOf('/') + 1).replace(".json", "");
            String json = callsBySid.get(sid);
            return json == null ? Response.of(404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}")
                    : Response.of(200, json);
        }
        return Response.of(404, "{\"code\":20404,\"status\":404}");
    }

    private static String callJson(String sid, String to, String from, String status, Instant created) {
        return "{\"sid\":\"" + sid + "\",\"status\":\"" + status + "\",\"to\":\"" + to + "\",\"from\":\"" + from
                + "\",\"date_created\":\"" + RFC_2822.format(created) + "\",\"answered_by\":null,\"duration\":null}";
    }

    private static Map<String, List<String>> decode(String form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (form.isBlank()) {
            return params;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
