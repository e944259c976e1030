package com.voxhub.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A minimal JSON client: what an upstream system would do with curl. */
final class Http {

    record Response(int status, JsonNode body, String raw) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Response post(String url, Map<String, String> headers, Object body) throws IOException, InterruptedException {
        return send(request(url, headers).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Response get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        return send(request(url, headers).GET());
    }

    private HttpRequest.Builder request(String url, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        JsonNode body = raw == null || raw.isBlank() ? null : JSON.readTree(raw);
        return new Response(response.statusCode(), body, raw);
    }
}
