package com.voxhub.campaign.contact.domain;

import java.util.function.Consumer;

/** The contacts of one uploaded file, read one at a time (the file is never held in memory). */
public interface ContactSource {

    /**
     * Hands each contact to {@code each} in file order.
     *
     * @throws ContactRejectedException when the file is not a JSON array of contact objects
     */
    void forEach(Consumer<ContactDraft> each);
}
