package com.voxhub.dialer.call.domain;

/**
 * The 21 contact statuses of seed 004 (contact-center outbound dialer), with the English names the campaign
 * service shows. The seed documents them in French; the comment gives its wording.
 */
public enum ContactStatus {
    UPCOMING("Upcoming"),                                 // À venir
    CALLING("Calling"),                                   // Appel…
    QUEUED("Queued"),                                     // En file d'attente
    CONNECTED("Connected"),                               // Connecté
    COMPLETED("Completed"),                               // Terminé
    TRANSFERRED("Transferred"),                           // Transféré
    TRANSFERRED_AND_COMPLETED("Transferred and Completed"), // Transféré et terminé
    NO_ANSWER("No Answer"),                               // Non retirée: not picked up, or never contacted
    UNREACHABLE("Unreachable"),                           // Impossible de contacter: the call never reached the contact
    ABANDONED_BY_CONTACT("Abandoned by Contact"),         // Abandonnée par le contact
    SKIPPED("Skipped"),                                   // Ignoré
    SKIPPED_AND_CLOSED("Skipped and Closed"),             // Ignorée et fermée
    WRONG_NUMBER("Wrong Number"),                         // Numéro incorrect
    CARRIER_ERROR("Carrier Error"),                       // Erreur de l'opérateur
    ABANDONED_BY_DIALER("Abandoned by Dialer"),           // Abandonné par le téléphone
    VOICEMAIL_HANGUP("Voicemail Hangup"),                 // Messagerie vocale raccrochée
    GENERAL_DIALER_ERROR("General Dialer Error"),         // Erreur générale du clavier téléphonique
    SCHEDULED_CALLBACK("Scheduled Callback"),             // Rappel programmé
    DO_NOT_CALL("Do Not Call"),                           // Ne pas appeler
    INVALID_OUTBOUND_NUMBER("Invalid Outbound Number"),   // Numéro sortant non valide
    BLOCKED_PHONE_NUMBER("Blocked Phone Number");         // Numéro de téléphone bloqué

    private final String displayName;

    ContactStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
