package com.voxhub.platform.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** API key format and hashing. Keys are stored and published only as their hash. */
public final class ApiKeys {

    public static final String LIVE_PREFIX = "vh_live_";
    public static final String TEST_PREFIX = "vh_test_";
    private static final int RANDOM_CHARS = 32;
    private static final char[] URL_SAFE =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** Lower-case hex SHA-256 of the raw key: the primary key of {@code api_key} and the topic key. */
    public static String hash(String rawKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** A new raw key: {@code vh_live_} or {@code vh_test_} and 32 url-safe characters (192 random bits). */
    public static String newKey(boolean live) {
        StringBuilder key = new StringBuilder(LIVE_PREFIX.length() + RANDOM_CHARS)
                .append(live ? LIVE_PREFIX : TEST_PREFIX);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            key.append(URL_SAFE[RANDOM.nextInt(URL_SAFE.length)]);
        }
        return key.toString();
    }
}
