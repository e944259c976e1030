package com.voxhub.campaign.contact.domain;

/** A contact the API refuses; carries the product's error class and a message. */
public class ContactRejectedException extends RuntimeException {

    private final ContactRejection rejection;

    public ContactRejectedException(ContactRejection rejection) {
        super(rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    public ContactRejection rejection() {
        return rejection;
    }
}
