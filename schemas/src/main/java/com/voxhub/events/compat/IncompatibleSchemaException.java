package com.voxhub.events.compat;

import java.util.List;

/** A schema change breaks the evolution rule; the message lists every violation. */
public class IncompatibleSchemaException extends RuntimeException {

    private final List<String> problems;

    public IncompatibleSchemaException(List<String> problems) {
        super("Schema changes break the compatibility rule (schemas/README.md):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
