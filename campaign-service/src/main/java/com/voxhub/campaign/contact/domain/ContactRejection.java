package com.voxhub.campaign.contact.domain;

/**
 * Why a contact was refused, in the product's own words: {@code details} is the error class the seed shows
 * ({@code NativePowerDial::ContactService::DuplicateContactPhoneOnCampaign}), {@code message} a sentence without
 * personal data.
 */
public record ContactRejection(String details, String message) {

    static final String PREFIX = "NativePowerDial::ContactService::";
    public static final String DUPLICATE_PHONE = PREFIX + "DuplicateContactPhoneOnCampaign";
    public static final String INVALID_PHONE = PREFIX + "InvalidPhoneNumber";
    public static final String INVALID_CONTACT = PREFIX + "InvalidContact";

    public static ContactRejection duplicatePhone() {
        return new ContactRejection(DUPLICATE_PHONE, "A contact with this phone number already exists in this campaign.");
    }

    ContactRejection at(long index) {
        return new ContactRejection(details, "contact " + index + ": " + message);
    }
}
