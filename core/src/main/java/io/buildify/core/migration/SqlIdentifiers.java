package io.buildify.core.migration;

import io.buildify.core.validation.NameRules;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns a technical name into a double-quoted PostgreSQL identifier. Only names matching
 * {@link NameRules#IDENTIFIER} and at most 63 bytes long are accepted, so the result can never contain a quote
 * and PostgreSQL never truncates it. Reserved words are accepted here because quoting makes them harmless;
 * {@link NameRules#checkIdentifier} keeps designers from choosing them. The planner's own archive names
 * ({@code _archived_…}) and temporary names ({@code _renaming_…}) are accepted too.
 */
public final class SqlIdentifiers {
    private SqlIdentifiers() {
    }

    /**
     * @return {@code "name"}
     * @throws IllegalArgumentException when {@code name} is not a valid identifier
     */
    public static String quote(String name) {
        Objects.requireNonNull(name, "name");
        if (!NameRules.IDENTIFIER.matcher(name).matches() && !ArchiveNames.ARCHIVED.matcher(name).matches()
                && !RenameOrder.TEMPORARY.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid SQL identifier: '" + name
                    + "' (expected a lower-case letter, then lower-case letters, digits or underscores)");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > NameRules.MAX_IDENTIFIER_BYTES) {
            throw new IllegalArgumentException("SQL identifier longer than " + NameRules.MAX_IDENTIFIER_BYTES
                    + " bytes: '" + name + "'");
        }
        return '"' + name + '"';
    }
}
