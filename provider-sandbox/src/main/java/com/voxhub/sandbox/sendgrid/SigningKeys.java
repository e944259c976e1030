package com.voxhub.sandbox.sendgrid;

import com.voxhub.sandbox.config.SandboxSendGridProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Event Webhook's ECDSA P-256 key pair: made on first start, kept on disk, reused on restart.
 * The verification key is written the way SendGrid shows it (base64 of the DER SubjectPublicKeyInfo),
 * so webhook-ingest verifies our posts exactly as it would verify SendGrid's.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final KeyPair keyPair;
    private final String verificationKey;

    public SigningKeys(SandboxSendGridProperties properties) {
        Path publicFile = properties.resolvedVerificationKeyFile();
        Path privateFile = properties.resolvedPrivateKeyFile();
        KeyPair loaded = load(publicFile, privateFile);
        if (loaded == null) {
            loaded = generate();
            write(privateFile, pem(loaded), true);
            write(publicFile, Base64.getEncoder().encodeToString(loaded.getPublic().getEncoded()) + "\n", false);
            log.info("generated SendGrid event webhook signing keys verificationKeyFile={}", publicFile);
        } else {
            log.info("reusing SendGrid event webhook signing keys verificationKeyFile={}", publicFile);
        }
        this.keyPair = loaded;
        this.verificationKey = Base64.getEncoder().encodeToString(loaded.getPublic().getEncoded());
    }

    KeyPair keyPair() {
        return keyPair;
    }

    /** Base64 DER SubjectPublicKeyInfo, as SendGrid's settings page shows the verification key. */
    public String verificationKey() {
        return verificationKey;
    }

    private static KeyPair load(Path publicFile, Path privateFile) {
        if (!Files.isRegularFile(publicFile) || !Files.isRegularFile(privateFile)) {
            return null;
        }
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            byte[] spki = Base64.getDecoder().decode(Files.readString(publicFile).trim());
            String pem = Files.readString(privateFile)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyPair pair = new KeyPair(ec.generatePublic(new X509EncodedKeySpec(spki)),
                    ec.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
            // Files from two different runs would sign with one key and publish another.
            return EventWebhookSigner.matches(pair) ? pair : null;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            log.warn("unreadable SendGrid signing keys, making new ones: {}", e.toString());
            return null;
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every JDK", e);
        }
    }

    private static String pem(KeyPair pair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    /** Written whole then moved into place, so a reader never sees half a key. */
    private static void write(Path target, String content, boolean secret) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            // createTempFile makes the file owner-only; the verification key is public and read by webhook-ingest.
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
            }
            Files.writeString(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
