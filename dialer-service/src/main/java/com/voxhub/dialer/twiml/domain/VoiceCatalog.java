package com.voxhub.dialer.twiml.domain;

import java.util.Locale;
import java.util.Map;

/**
 * Picks a Twilio text-to-speech voice for a campaign's voice gender and language (seed 003 languages). Amazon
 * Polly voices where one exists, a Google voice where Polly has none; a missing gender falls back to the other.
 */
public final class VoiceCatalog {

    private record Pair(String female, String male, String language) {
    }

    private static final Voice DEFAULT = new Voice("Polly.Joanna", "en-US");

    private static final Map<String, Pair> VOICES = Map.ofEntries(
            Map.entry("en-us", new Pair("Polly.Joanna", "Polly.Matthew", "en-US")),
            Map.entry("en-gb", new Pair("Polly.Amy", "Polly.Brian", "en-GB")),
            Map.entry("el-gr", new Pair("Google.el-GR-Standard-A", null, "el-GR")),
            Map.entry("pl-pl", new Pair("Polly.Ewa", "Polly.Jacek", "pl-PL")),
            Map.entry("hu-hu", new Pair("Google.hu-HU-Standard-A", null, "hu-HU")),
            Map.entry("sv-se", new Pair("Polly.Astrid", null, "sv-SE")),
            Map.entry("de-de", new Pair("Polly.Marlene", "Polly.Hans", "de-DE")),
            Map.entry("es-es", new Pair("Polly.Conchita", "Polly.Enrique", "es-ES")),
            // Seed 003 says es-LA (Latin American Spanish); Twilio speaks it as US Spanish.
            Map.entry("es-la", new Pair("Polly.Penelope", "Polly.Miguel", "es-US")),
            Map.entry("fr-fr", new Pair("Polly.Celine", "Polly.Mathieu", "fr-FR")),
            Map.entry("it-it", new Pair("Polly.Carla", "Polly.Giorgio", "it-IT")),
            Map.entry("pt-br", new Pair("Polly.Vitoria", "Polly.Ricardo", "pt-BR")),
            Map.entry("ru-ru", new Pair("Polly.Tatyana", "Polly.Maxim", "ru-RU")));

    private VoiceCatalog() {
    }

    /**
     * @param gender   male|female (any case), or null for the default (female)
     * @param language a seed 003 language tag such as fr-FR, or null for en-US
     */
    public static Voice resolve(String gender, String language) {
        if (language == null || language.isBlank()) {
            return DEFAULT;
        }
        Pair pair = VOICES.get(language.trim().replace('_', '-').toLowerCase(Locale.ROOT));
        if (pair == null) {
            // Unknown languages still get spoken, by Twilio's multilingual basic voice.
            return new Voice("alice", language.trim());
        }
        boolean male = gender != null && gender.trim().equalsIgnoreCase("male");
        String name = male && pair.male() != null ? pair.male() : pair.female();
        return new Voice(name, pair.language());
    }
}
