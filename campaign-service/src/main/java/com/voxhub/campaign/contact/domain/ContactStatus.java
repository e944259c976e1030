package com.voxhub.campaign.contact.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 21 contact statuses of seed 004, with the English names the contacts API shows. dialer-service reports the
 * same names in {@code JobDialingFinished.contactStatus} (its {@code ContactStatus} enum); a contract test keeps the
 * two lists equal. The comment gives the seed's (French) wording.
 */
public enum ContactStatus {
    UPCOMING("Upcoming"),                                   // À venir: next to be called
    CALLING("Calling"),                                     // Appel…: being dialed now
    QUEUED("Queued"),                                       // En file d'attente
    CONNECTED("Connected"),                                 // Connecté
    COMPLETED("Completed"),                                 // Terminé
    TRANSFERRED("Transferred"),                             // Transféré
    TRANSFERRED_AND_COMPLETED("Transferred and Completed"), // Transféré et terminé
    NO_ANSWER("No Answer"),                                 // Non retirée
    UNREACHABLE("Unreachable"),                             // Impossible de contacter
    ABANDONED_BY_CONTACT("Abandoned by Contact"),           // Abandonnée par le contact
    SKIPPED("Skipped"),                                     // Ignoré
    SKIPPED_AND_CLOSED("Skipped and Closed"),               // Ignorée et fermée
    WRONG_NUMBER("Wrong Number"),                           // Numéro incorrect
    CARRIER_ERROR("Carrier Error"),                         // Erreur de l'opérateur
    ABANDONED_BY_DIALER("Abandoned by Dialer"),             // Abandonné par le téléphone
    VOICEMAIL_HANGUP("Voicemail Hangup"),                   // Messagerie vocale raccrochée
    GENERAL_DIALER_ERROR("General Dialer Error"),           // Erreur générale du clavier téléphonique
    SCHEDULED_CALLBACK("Scheduled Callback"),               // Rappel programmé
    DO_NOT_CALL("Do Not Call"),                             // Ne pas appeler
    INVALID_OUTBOUND_NUMBER("Invalid Outbound Number"),     // Numéro sortant non valide
    BLOCKED_PHONE_NUMBER("Blocked Phone Number");           // Numéro de téléphone bloqué

    /** A new contact waits for the dialer: the seed's "next to be called". */
    public static final ContactStatus INITIAL = UPCOMING;

    private static final Map<String, ContactStatus> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(s -> s.displayName.toLowerCase(java.util.Locale.ROOT), Function.identity()));

    private final String displayName;

    ContactStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The status a reporter (dialer-service) named, case-insensitively; empty for a name the seed does not know. */
    public static Optional<ContactStatus> named(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * What a contact shows: the status the dialer last reported, else one implied by the job state (0-4, seed 002)
     * for outcomes that carry no contact status (messaging's SMS and email, a job queued through /j/jobs).
     */
    public static ContactStatus of(String reported, int jobState) {
        return named(reported).orElseGet(() -> switch (jobState) {
            case 1 -> CALLING;
            case 2 -> COMPLETED;
            case 3 -> UNREACHABLE;
            case 4 -> ABANDONED_BY_DIALER;
            default -> UPCOMING;
        });
    }
}
