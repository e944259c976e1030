package com.voxhub.messaging.consent.domain;

import java.util.Optional;

/**
 * Acts on what contacts text back: STOP and its synonyms opt the number out of texts and calls, START opts it back
 * in, HELP is answered with the account's help text. Other replies change nothing here.
 */
public final class InboundReplies {

    /** Sends the HELP answer (a message of its own, queued in the caller's transaction). */
    public interface HelpAnswers {
        void answer(long accountId, String to, String from, String text);
    }

    /** The account's help text, if it has one of its own. */
    public interface HelpTexts {
        String of(long accountId);
    }

    private final ConsentLedger ledger;
    private final HelpTexts helpTexts;
    private final HelpAnswers answers;

    public InboundReplies(ConsentLedger ledger, HelpTexts helpTexts, HelpAnswers answers) {
        this.ledger = ledger;
        this.helpTexts = helpTexts;
        this.answers = answers;
    }

    /** @return the keyword acted on, or empty for a reply that is not one */
    public Optional<SmsKeyword> sms(long accountId, String from, String to, String body) {
        SmsKeyword keyword = SmsKeyword.of(body);
        switch (keyword) {
            case OPT_OUT -> ledger.changePhone(accountId, from, ConsentStatus.OPTED_OUT, Consent.SMS_KEYWORD,
                    SmsKeyword.word(body), null);
            case OPT_IN -> ledger.changePhone(accountId, from, ConsentStatus.OPTED_IN, Consent.SMS_KEYWORD,
                    SmsKeyword.word(body), null);
            case HELP -> answers.answer(accountId, from, to, helpTexts.of(accountId));
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(keyword);
    }
}
