package com.voxhub.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny stand-in for our services: records every request the sandbox sends, answers TwiML on
 * {@code /twiml...}, and can be told to fail a path with 500 a few times.
 */
public final class CallbackReceiver {

    public static final String TWIML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response>
              <Say voice="alice">Hello, this is your reminder.</Say>
              <Gather action="/gather?ref=g1" numDigits="1"><Say>Press 1 to confirm.</Say></Gather>
              <Hangup/>
            </Response>
            """;

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    private CallbackReceiver(HttpServer server) {
        this.server = server;
    }

    public static CallbackReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
            CallbackReceiver receiver = new CallbackReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URL on this receiver, e.g. {@code url("/twilio/messages?ref=msg-1")}. */
    public String url(String pathAndQuery) {
        return "http://localhost:" + server.getAddress().getPort() + pathAndQuery;
    }

    public void failNext(String path, int times) {
        failuresLeft.put(path, new AtomicInteger(times));
    }

    /** Requests whose path and query start with the prefix, in arrival order. */
    public List<Received> at(String prefix) {
        return received.stream().filter(r -> r.uri().startsWith(prefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String uri = exchange.getRequestURI().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        received.add(new Received(exchange.getRequestMethod(), uri, headers, body));
        AtomicInteger failures = failuresLeft.get(exchange.getRequestURI().getPath());
        int status = failures != null && failures.getAndDecrement() > 0 ? 500 : 200;
        byte[] answer = status == 200 && uri.startsWith("/twiml") ? TWIML.getBytes(StandardCharsets.UTF_8)
                : status == 200 && uri.startsWith("/gather")
                        ? "<Response><Say>Thank you.</Say></Response>".getBytes(StandardCharsets.UTF_8)
                        : new byte[0];
        if (answer.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
        }
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    /** One request the sandbox sent: {@code uri} is the path and query exactly as requested. */
    public record Received(String method, String uri, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            String text = bodyText();
            if (text.isEmpty()) {
                return form;
            }
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return form;
        }
    }
}
