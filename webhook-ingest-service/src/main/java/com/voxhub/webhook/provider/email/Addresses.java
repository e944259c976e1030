package com.voxhub.webhook.provider.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/** The bare address of a header value such as {@code "User Name <user@example.com>"}. */
public final class Addresses {

    private Addresses() {
    }

    /** The first address of a header value, lower-cased; empty when there is none or it cannot be read. */
    public static Optional<String> first(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
            if (parsed.length == 0 || parsed[0].getAddress() == null || !parsed[0].getAddress().contains("@")) {
                return Optional.empty();
            }
            return Optional.of(parsed[0].getAddress().toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
