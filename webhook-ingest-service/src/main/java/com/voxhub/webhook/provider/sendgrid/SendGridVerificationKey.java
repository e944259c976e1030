package com.voxhub.webhook.provider.sendgrid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verification key, read from a file on first use and again whenever the file changes (or appears), so the
 * service can start before the sandbox writes it and picks up a rotated key without a restart.
 */
public class SendGridVerificationKey {

    private static final Logger log = LoggerFactory.getLogger(SendGridVerificationKey.class);

    private record Loaded(FileTime modified, long size, PublicKey key) {
    }

    private final Path file;
    private volatile Loaded loaded;

    public SendGridVerificationKey(Path file) {
        this.file = file;
    }

    /** The current key, or empty while the file is missing or unreadable. */
    public Optional<PublicKey> current() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Cannot read SendGrid verification key file {}: {}", file, e.toString());
            return Optional.empty();
        }
        Loaded snapshot = loaded;
        if (snapshot != null && snapshot.modified().equals(attributes.lastModifiedTime())
                && snapshot.size() == attributes.size()) {
            return Optional.of(snapshot.key());
        }
        return reload(attributes);
    }

    private synchronized Optional<PublicKey> reload(BasicFileAttributes attributes) {
        try {
            PublicKey key = parse(Files.readString(file, StandardCharsets.US_ASCII));
            loaded = new Loaded(attributes.lastModifiedTime(), attributes.size(), key);
            log.info("Loaded SendGrid verification key from {}", file);
            return Optional.of(key);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            // Possibly caught mid-write: keep refusing with 503 until a complete key is there.
            log.warn("SendGrid verification key file {} is not a usable key: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Base64 of the DER SubjectPublicKeyInfo; PEM armour and whitespace are tolerated. */
    static PublicKey parse(String text) throws GeneralSecurityException {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
    }
}
