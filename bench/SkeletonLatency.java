import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from {@code POST /j/jobs} (201 received) to the job showing state 2 at {@code GET /j/jobs/{id}}, for N SMS
 * jobs against the running local stack (bin/up). Plain JDK, no build needed:
 *
 * <pre>source .local/env && java bench/SkeletonLatency.java [jobs=100] [channel=sms] [ratePerSecond=20]</pre>
 *
 * Jobs are posted at a steady rate (an upstream system pushing contacts), and all unfinished jobs are polled
 * concurrently every 20 ms, so the resolution of each measurement is a few tens of milliseconds.
 */
public class SkeletonLatency {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String channel = args.length > 1 ? args[1] : "sms";
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String campaignUrl = env("CAMPAIGN_URL");
        String key = env("API_KEY");

        String campaign = post(campaignUrl + "/api/v1/campaigns", "X-API-Key", key, """
                {"name":"bench %s %d","channel":"%s","country":"FR","sms_template":"Bench {{name}}"}"""
                .formatted(channel, System.currentTimeMillis(), channel));
        long campaignId = id(campaign);

        Map<Long, Long> postedAt = new HashMap<>();
        Map<Long, Long> latencyMs = new HashMap<>();
        long runId = System.currentTimeMillis() % 100_000;
        long intervalNanos = 1_000_000_000L / rate;
        long next = System.nanoTime();
        int posted = 0;
        long deadline = Long.MAX_VALUE;
        while (latencyMs.size() < jobs && System.nanoTime() < deadline) {
            if (posted < jobs && System.nanoTime() >= next) {
                // Numbers ending 0001..0006 trigger special outcomes in the sandbox: these all end in 7.
                String number = "+3361%06d7".formatted((runId * 1000 + posted) % 1_000_000);
                String body = """
                        {"campaign":%d,"name":"Bench %d","reference":"bench-%d-%d","numbers":["%s"]}"""
                        .formatted(campaignId, posted, runId, posted, number);
                long id = id(post(campaignUrl + "/j/jobs", "Authorization", "Bearer " + key, body));
                postedAt.put(id, System.nanoTime());
                posted++;
                next += intervalNanos;
                if (posted == jobs) {
                    deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                }
            }
            // Poll every unfinished job at once, so a backlog does not stretch the measurement resolution.
            Map<Long, CompletableFuture<HttpResponse<String>>> polls = new HashMap<>();
            for (Long id : postedAt.keySet()) {
                if (!latencyMs.containsKey(id)) {
                    polls.put(id, HTTP.sendAsync(HttpRequest.newBuilder(URI.create(campaignUrl + "/j/jobs/" + id))
                            .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString()));
                }
            }
            for (Map.Entry<Long, CompletableFuture<HttpResponse<String>>> poll : polls.entrySet()) {
                int state = state(poll.getValue().join().body());
                if (state == 2) {
                    latencyMs.put(poll.getKey(), (System.nanoTime() - postedAt.get(poll.getKey())) / 1_000_000);
                } else if (state > 2) {
                    throw new IllegalStateException("job " + poll.getKey() + " ended in state " + state);
                }
            }
            Thread.sleep(20);
        }
        List<Long> sorted = new ArrayList<>(latencyMs.values());
        sorted.sort(null);
        if (sorted.size() < jobs) {
            System.out.printf("only %d of %d jobs reached state 2 within 2 minutes%n", sorted.size(), jobs);
        }
        System.out.printf("%s jobs: %d, posted at %d/s, POST /j/jobs -> state 2: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                channel, sorted.size(), rate, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run bin/up, then source .local/env");
        }
        return value;
    }

    private static String post(String url, String header, String value, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header(header, value)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static int state(String json) {
        Matcher m = STATE.matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
