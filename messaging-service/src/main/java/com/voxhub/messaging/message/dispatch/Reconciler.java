package com.voxhub.messaging.message.dispatch;

import com.voxhub.messaging.message.domain.LookupResult;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.messaging.message.domain.SendLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Settles messages left SENDING by a crash (or a timeout) between the recorded intent and the recorded answer:
 * asks the provider whether it has the message; found means sent (record its id), absent means the request never
 * arrived (send again under the same attempt). Runs at startup and then periodically.
 */
@Component
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final int BATCH = 100;

    private final SendLedger ledger;
    private final TransactionTemplate transactions;
    private final ChannelSenders senders;
    private final Dispatcher dispatcher;
    private final DispatchProperties properties;

    public Reconciler(SendLedger ledger, TransactionTemplate transactions, ChannelSenders senders,
                      Dispatcher dispatcher, DispatchProperties properties) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.senders = senders;
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${voxhub.messaging.dispatch.reconcile-interval:30s}")
    public void reconcile() {
        if (!properties.isEnabled()) {
            return;
        }
        List<Message> stale = transactions.execute(status -> ledger.staleSending(properties.sendingLease(), BATCH));
        if (stale == null || stale.isEmpty()) {
            return;
        }
        log.info("reconciling {} messages whose provider answer was not recorded", stale.size());
        for (Message message : stale) {
            if (!dispatcher.isInFlight(message.messageId())) {
                settle(message);
            }
        }
    }

    private void settle(Message message) {
        LookupResult lookup;
        try {
            lookup = senders.lookup(message).block(properties.lookupTimeout());
        } catch (RuntimeException e) {
            lookup = new LookupResult.Unavailable(e.getClass().getSimpleName());
        }
        LookupResult result = lookup == null ? new LookupResult.Unavailable("no answer") : lookup;
        Optional<Message> again = transactions.execute(status -> ledger.reconcile(message.messageId(), result));
        log.info("message {} reconciled: {}", message.messageId(), result.getClass().getSimpleName());
        if (again != null) {
            again.ifPresent(dispatcher::send);
        }
    }
}
