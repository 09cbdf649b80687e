package io.buildify.core.validation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every technical name (entity, table, field, index, relationship, column) must follow so that it can
 * reach PostgreSQL safely: snake_case {@code ^[a-z][a-z0-9_]*$}, at most 63 bytes (PostgreSQL's NAMEDATALEN - 1,
 * beyond which it silently truncates) and not a reserved key word.
 */
public final class NameRules {
    /** Longest identifier PostgreSQL keeps without truncating, in bytes. */
    public static final int MAX_IDENTIFIER_BYTES = 63;
    public static final Pattern IDENTIFIER = Pattern.compile("^[a-z][a-z0-9_]*$");

    private NameRules() {
    }

    /**
     * Checks a technical name.
     *
     * @return empty when the name is fine, otherwise a message saying what is wrong with it
     */
    public static Optional<String> checkIdentifier(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("a name is required");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_IDENTIFIER_BYTES) {
            return Optional.of("'" + name + "' is " + bytes + " bytes long; PostgreSQL allows at most "
                    + MAX_IDENTIFIER_BYTES);
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            return Optional.of("'" + name + "' must be snake_case: a lower-case letter, then lower-case letters, "
                    + "digits or underscores");
        }
        if (isReservedWord(name)) {
            return Optional.of("'" + name + "' is a PostgreSQL reserved word");
        }
        return Optional.empty();
    }

    public static boolean isValidIdentifier(String name) {
        return checkIdentifier(name).isEmpty();
    }

    /** True for PostgreSQL 17's reserved words (also those that may name a function or type), any case. */
    public static boolean isReservedWord(String word) {
        return ReservedWords.contains(word);
    }
}
