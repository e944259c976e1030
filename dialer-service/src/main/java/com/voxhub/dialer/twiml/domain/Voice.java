package com.voxhub.dialer.twiml.domain;

/** A text-to-speech voice as the provider names it (e.g. {@code Polly.Celine}) and the language it speaks. */
public record Voice(String name, String language) {
}
