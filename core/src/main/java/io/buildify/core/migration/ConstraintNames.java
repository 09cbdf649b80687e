package io.buildify.core.migration;

import io.buildify.core.validation.NameRules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic names for the constraints and indexes the planner creates, following PostgreSQL's own conventions
 * ({@code <table>_<column>_key}, {@code _fkey}, {@code _check}, {@code _idx}). A name longer than 63 bytes would be
 * silently truncated by PostgreSQL, and two long names could then collide; instead it is cut to 54 bytes and
 * suffixed with 8 hex digits of its SHA-256, so it stays unique and identical on every run.
 */
public final class ConstraintNames {
    private static final int HASH_HEX_DIGITS = 8;

    private ConstraintNames() {
    }

    public static String of(String... parts) {
        return fit(String.join("_", parts));
    }

    /** Returns {@code name} unchanged when it fits, else its truncated and hashed form. Names here are ASCII. */
    static String fit(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= NameRules.MAX_IDENTIFIER_BYTES) {
            return name;
        }
        int keep = NameRules.MAX_IDENTIFIER_BYTES - HASH_HEX_DIGITS - 1;
        return name.substring(0, keep) + "_" + shortHash(name);
    }

    /** The first 8 hex digits of the SHA-256 of {@code text}: short, stable, and distinct in practice. */
    static String shortHash(String text) {
        return sha256Hex(text).substring(0, HASH_HEX_DIGITS);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
