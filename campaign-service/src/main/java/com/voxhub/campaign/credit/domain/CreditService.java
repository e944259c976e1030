package com.voxhub.campaign.credit.domain;

import com.voxhub.platform.web.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balances in minor units with a ledger that explains them. Work that costs credit calls {@link #debit} inside its
 * own transaction, so the work and its payment commit together or not at all.
 */
@Service
public class CreditService {

    /** A top-up above this is a typo, not a payment (10 million in a two-digit currency). */
    static final long MAX_TOP_UP_MINOR = 1_000_000_000L;

    private final Credits credits;
    private final Pricing pricing;

    public CreditService(Credits credits, Pricing pricing) {
        this.credits = credits;
        this.pricing = pricing;
    }

    public Pricing pricing() {
        return pricing;
    }

    @Transactional
    public LedgerEntry topUp(long accountId, Long amountMinor, String note) {
        if (amountMinor == null || amountMinor < 1 || amountMinor > MAX_TOP_UP_MINOR) {
            throw ApiException.badRequest("invalid_amount_minor",
                    "amount_minor must be a whole number of minor units from 1 to " + MAX_TOP_UP_MINOR);
        }
        if (note != null && note.length() > 500) {
            throw ApiException.badRequest("invalid_note", "note is longer than 500 characters");
        }
        credits.lockBalance(accountId).orElseThrow(() -> ApiException.notFound("account_not_found", "no account " + accountId));
        return credits.apply(accountId, amountMinor, LedgerEntry.TOP_UP, null, note).orElseThrow();
    }

    /**
     * The balance, locked until the caller's transaction ends, so a check made on it still holds at the debit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lockBalance(long accountId) {
        return credits.lockBalance(accountId).orElseThrow(() -> ApiException.notFound("account_not_found", "no account"));
    }

    /**
     * Takes {@code amountMinor} from the balance in the caller's transaction.
     *
     * @return the balance after the debit
     * @throws InsufficientCreditException when the balance cannot cover it (nothing changed)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long debit(long accountId, long amountMinor, String kind, String reference) {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("a debit is a positive amount");
        }
        long balance = lockBalance(accountId);
        if (amountMinor == 0) {
            return balance;
        }
        return credits.apply(accountId, -amountMinor, kind, reference, null)
                .orElseThrow(() -> new InsufficientCreditException(amountMinor, balance, pricing))
                .balanceAfterMinor();
    }

    @Transactional
    public Statement statement(long accountId, int limit) {
        long balance = credits.lockBalance(accountId)
                .orElseThrow(() -> ApiException.notFound("account_not_found", "no account " + accountId));
        return new Statement(accountId, balance, credits.recent(accountId, limit));
    }

    /** A balance and the entries that led to it, most recent first. */
    public record Statement(long accountId, long balanceMinor, List<LedgerEntry> entries) {
    }
}
