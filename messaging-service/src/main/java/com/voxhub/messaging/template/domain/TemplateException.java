package com.voxhub.messaging.template.domain;

/**
 * A template that cannot produce a message: a syntax error or a variable the contact's data lacks.
 * The message says which, because it ends up as the failure reason a user reads.
 */
public class TemplateException extends RuntimeException {

    public TemplateException(String reason) {
        super(reason);
    }

    public TemplateException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason recorded on the message, e.g. {@code template_error: missing variable name}. */
    public String reason() {
        return "template_error: " + getMessage();
    }
}
