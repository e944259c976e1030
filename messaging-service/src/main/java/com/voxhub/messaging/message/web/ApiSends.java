package com.voxhub.messaging.message.web;

import com.voxhub.messaging.message.dispatch.DispatchSignal;
import com.voxhub.messaging.message.domain.DirectSends;
import com.voxhub.messaging.message.domain.Message;
import com.voxhub.platform.web.ApiException;
import com.voxhub.platform.web.Blocking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * Seed-001 sends: the message is stored in the ledger (consent checked in the same transaction) and the dispatcher
 * is woken; the provider request follows asynchronously, exactly like a campaign message's.
 */
@Component
class ApiSends {

    private final DirectSends sends;
    private final TransactionTemplate transactions;
    private final DispatchSignal dispatch;

    ApiSends(DirectSends sends, TransactionTemplate transactions, DispatchSignal dispatch) {
        this.sends = sends;
        this.transactions = transactions;
        this.dispatch = dispatch;
    }

    Mono<Message> send(String channelName, Function<DirectSends, Message> send) {
        return Blocking.call(() -> {
            try {
                return transactions.execute(status -> send.apply(sends));
            } catch (DirectSends.Refused refused) {
                throw ApiException.badRequest("opted_out", "The recipient has opted out of " + channelName + " ("
                        + refused.getMessage() + "); the message was not sent");
            }
        }).doOnNext(message -> dispatch.wake());
    }
}
