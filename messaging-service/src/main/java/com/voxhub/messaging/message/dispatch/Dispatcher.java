package com.voxhub.messaging.message.dispatch;

import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.SendLedger;
import com.voxhub.messaging.message.domain.SendResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends due messages from the ledger. One thread claims batches (a short transaction that renders and records
 * the intent); provider requests then run concurrently on the HTTP client, up to {@code maxInFlight}, and each
 * answer is recorded in its own transaction. Because the queue is the table, a restart loses nothing, and a
 * paused campaign's messages are simply no longer claimed.
 */
@Component
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration ERROR_PAUSE = Duration.ofSeconds(1);

    private final SendLedger ledger;
    private final TransactionTemplate transactions;
    private final ChannelSenders senders;
    private final DispatchProperties properties;
    private final DispatchSignal signal;
    private final MeterRegistry meters;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread loop;

    public Dispatcher(SendLedger ledger, TransactionTemplate transactions, ChannelSenders senders,
                      DispatchProperties properties, DispatchSignal signal, MeterRegistry meters) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.senders = senders;
        this.properties = properties;
        this.signal = signal;
        this.meters = meters;
    }

    @Override
    public void start() {
        if (!properties.isEnabled()) {
            log.info("dispatcher disabled (voxhub.messaging.dispatch.enabled=false)");
            return;
        }
        running = true;
        loop = new Thread(this::run, "message-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this process has a request for the message in flight right now. */
    boolean isInFlight(String messageId) {
        return inFlight.contains(messageId);
    }

    /** Makes the provider request for a message already recorded as SENDING and records its answer. */
    void send(Message message) {
        inFlight.add(message.messageId());
        senders.send(message)
                .onErrorResume(e -> Mono.just(new SendResult.Unknown("dispatch_error: " + e.getClass().getSimpleName())))
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(result -> record(message, result))
                .doFinally(signalType -> {
                    inFlight.remove(message.messageId());
                    signal.wake();
                })
                .subscribe(result -> { }, e -> log.error("recording the send result of {} failed; the reconciler "
                        + "will settle it", message.messageId(), e));
    }

    private void run() {
        while (running) {
            try {
                int free = properties.maxInFlight() - inFlight.size();
                int claimed = free > 0 ? claimAndSend(Math.min(properties.batchSize(), free)) : 0;
                if (claimed == 0 || free <= claimed) {
                    signal.await(properties.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("dispatch round failed; retrying in {}", ERROR_PAUSE, e);
                pause();
            }
        }
    }

    private int claimAndSend(int limit) {
        List<Message> claimed = transactions.execute(status -> ledger.claimDue(limit, senders::providerOf));
        if (claimed == null) {
            return 0;
        }
        claimed.forEach(this::send);
        return claimed.size();
    }

    private void record(Message message, SendResult result) {
        transactions.executeWithoutResult(status -> ledger.record(message.messageId(), result));
        Counter.builder("voxhub.messaging.sends")
                .tag("channel", message.channel().name())
                .tag("provider", String.valueOf(message.provider()))
                .tag("result", result.getClass().getSimpleName().toLowerCase())
                .register(meters).increment();
        if (!(result instanceof SendResult.Accepted)) {
            log.info("message {} not accepted: {}", message.messageId(), result);
        }
    }

    private void pause() {
        try {
            Thread.sleep(ERROR_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
