import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Bulk ingestion through seed 002's {@code POST /j/jobs/bulk/create} against the running local stack (bin/up):
 * N clients each post 1000-job requests back to back for S seconds. Reports jobs/s sustained, request latency
 * percentiles, and the delay from each job's answer to its JobQueued on {@code campaign.jobs} (read with a plain
 * KafkaConsumer positioned at the end of the topic before the first request).
 *
 * <pre>source .local/env && java -cp '.local/lib/kafka/*' bench/BulkIngest.java [clients=4] [seconds=30] [batch=1000]</pre>
 *
 * The campaign is paused before ingestion (jobs are accepted and announced, nothing is sent) and stopped after,
 * so the benchmark measures ingestion and does not make the sandbox send hundreds of thousands of SMS.
 */
public class BulkIngest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status_code\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        String base = env("CAMPAIGN_URL");
        String key = env("API_KEY");
        String bootstrap = env("KAFKA_BOOTSTRAP");

        long campaign = id(send("POST", base + "/api/v1/campaigns", "X-API-Key", key,
                "{\"name\":\"bulk ingest %d\",\"channel\":\"sms\",\"country\":\"FR\",\"sms_template\":\"Bench\"}"
                        .formatted(System.currentTimeMillis()), 201));
        send("POST", base + "/api/v1/campaigns/" + campaign + "/pause", "X-API-Key", key, "", 200);

        Map<Long, Long> answeredAt = new ConcurrentHashMap<>();
        Map<Long, Long> queuedAt = new ConcurrentHashMap<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        Thread consumer = startConsumer(bootstrap, queuedAt, consuming);

        // Warm-up: one request, not counted (first requests pay JIT and connection set-up).
        send("POST", base + "/j/jobs/bulk/create", "Authorization", "Bearer " + key, body(campaign, -1, 0, batch), 200);

        List<Long> latenciesMs = Collections.synchronizedList(new ArrayList<>());
        AtomicLong jobs = new AtomicLong();
        AtomicLong failedItems = new AtomicLong();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                int request = 0;
                while (System.nanoTime() < end) {
                    String json = body(campaign, client, request++, batch);
                    long t0 = System.nanoTime();
                    String answer = send("POST", base + "/j/jobs/bulk/create", "Authorization", "Bearer " + key, json, 200);
                    long now = System.currentTimeMillis();
                    latenciesMs.add((System.nanoTime() - t0) / 1_000_000);
                    Matcher ids = ID.matcher(answer); // "id" appears once per created job (campaign is "campaign")
                    int created = 0;
                    while (ids.find()) {
                        answeredAt.put(Long.parseLong(ids.group(1)), now);
                        created++;
                    }
                    Matcher statuses = STATUS.matcher(answer);
                    while (statuses.find()) {
                        if (!statuses.group(1).equals("201")) {
                            failedItems.incrementAndGet();
                        }
                    }
                    jobs.addAndGet(created);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        // Give the relay up to 30 s to announce every answered job, then stop reading.
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && !queuedAt.keySet().containsAll(answeredAt.keySet())) {
            Thread.sleep(100);
        }
        consuming.set(false);
        consumer.join();
        send("POST", base + "/api/v1/campaigns/" + campaign + "/stop", "X-API-Key", key, "", 200);

        List<Long> sorted = new ArrayList<>(latenciesMs);
        Collections.sort(sorted);
        List<Long> delays = new ArrayList<>(answeredAt.size());
        long missing = 0;
        for (Map.Entry<Long, Long> e : answeredAt.entrySet()) {
            Long seen = queuedAt.get(e.getKey());
            if (seen == null) {
                missing++;
            } else {
                delays.add(Math.max(0, seen - e.getValue())); // seen before the client parsed its answer: 0
            }
        }
        Collections.sort(delays);
        System.out.printf("clients %d, batch %d, %.1f s: %d jobs in %d requests = %.0f jobs/s sustained (%d items not 201)%n",
                clients, batch, elapsed, jobs.get(), sorted.size(), jobs.get() / elapsed, failedItems.get());
        System.out.printf("request latency ms: p50 %d, p90 %d, p99 %d, max %d%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1));
        if (!delays.isEmpty()) {
            System.out.printf("answer -> JobQueued on campaign.jobs ms: p50 %d, p90 %d, p99 %d, max %d (%d jobs never seen within 30 s)%n",
                    pct(delays, 50), pct(delays, 90), pct(delays, 99), delays.get(delays.size() - 1), missing);
        }
    }

    /** Reads campaign.jobs from its current end: the first time each job id (the key) shows a JobQueued. */
    private static Thread startConsumer(String bootstrap, Map<Long, Long> queuedAt, AtomicBoolean consuming) throws InterruptedException {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        p.put("enable.auto.commit", "false");
        p.put("fetch.max.wait.ms", "20");
        KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : kafka.partitionsFor("campaign.jobs")) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        kafka.assign(partitions);
        kafka.seekToEnd(partitions);
        partitions.forEach(kafka::position); // resolve the end now, before the first request
        Thread thread = new Thread(() -> {
            try (kafka) {
                while (consuming.get()) {
                    for (ConsumerRecord<String, byte[]> r : kafka.poll(Duration.ofMillis(50))) {
                        Header type = r.headers().lastHeader("vh-record-type");
                        if (type != null && new String(type.value(), StandardCharsets.UTF_8).endsWith(".JobQueued")) {
                            queuedAt.putIfAbsent(Long.parseLong(r.key()), System.currentTimeMillis());
                        }
                    }
                }
            }
        }, "jobqueued-reader");
        thread.start();
        return thread;
    }

    private static String body(long campaign, int client, int request, int batch) {
        StringBuilder json = new StringBuilder(batch * 200).append('[');
        long run = System.currentTimeMillis() % 1_000_000;
        for (int i = 0; i < batch; i++) {
            if (i > 0) {
                json.append(',');
            }
            // Distinct valid French mobile numbers; the reference is unique per run, client, request and item.
            long n = ((long) (client + 1) * 10_000_000L + (long) request * batch + i) % 100_000_000L;
            json.append("{\"campaign\":").append(campaign)
                    .append(",\"reference\":\"b").append(run).append('-').append(client).append('-').append(request).append('-').append(i)
                    .append("\",\"name\":\"Bench Contact ").append(i)
                    .append("\",\"email\":\"bench").append(i).append("@example.com\"")
                    .append(",\"numbers\":[\"06").append("%08d".formatted(n)).append("\"]")
                    .append(",\"data\":{\"source\":\"bench\"},\"value\":12.5}");
        }
        return json.append(']').toString();
    }

    private static String send(String method, String url, String header, String value, String json, int expected) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header(header, value)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ": "
                        + r.body().substring(0, Math.min(300, r.body().length())));
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run bin/up, then source .local/env");
        }
        return value;
    }
}
