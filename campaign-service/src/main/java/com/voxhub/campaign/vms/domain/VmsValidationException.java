package com.voxhub.campaign.vms.domain;

import java.util.Map;

/** Seed 003's "Payload validation error.": every field that could not be cast or fixed, with its code. */
public class VmsValidationException extends RuntimeException {

    /** One refused field: a numeric code (442 as the seed shows for voice_language) and a message. */
    public record Problem(int code, String message) {
    }

    private final Map<String, Problem> errors;

    public VmsValidationException(Map<String, Problem> errors) {
        super("Payload validation error.", null, false, false);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, Problem> errors() {
        return errors;
    }
}
