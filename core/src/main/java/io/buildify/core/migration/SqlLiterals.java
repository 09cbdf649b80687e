package io.buildify.core.migration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * SQL literals for the few values that must live inside DDL (defaults, CHECKs on allowed values), where bind
 * parameters are not possible. Strings are always escaped here, never concatenated as given.
 */
public final class SqlLiterals {
    private SqlLiterals() {
    }

    /**
     * A string literal. Quotes are doubled. A string with a backslash becomes an {@code E'…'} literal with the
     * backslash doubled too, which reads the same whatever {@code standard_conforming_strings} is set to.
     *
     * @throws IllegalArgumentException for the NUL character, which PostgreSQL text cannot hold
     */
    public static String string(String value) {
        Objects.requireNonNull(value, "value");
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PostgreSQL text cannot hold the NUL character");
        }
        String quoted = value.replace("'", "''");
        if (value.indexOf('\\') >= 0) {
            return "E'" + quoted.replace("\\", "\\\\") + "'";
        }
        return "'" + quoted + "'";
    }

    /** A numeric literal in plain notation (no exponent), e.g. {@code -12.50}. */
    public static String number(BigDecimal value) {
        return Objects.requireNonNull(value, "value").toPlainString();
    }

    /** A {@code text[]} literal: {@code ARRAY['a', 'b']::text[]}, or {@code '{}'::text[]} when empty. */
    public static String textArray(List<String> values) {
        if (values.isEmpty()) {
            return "'{}'::text[]";
        }
        return values.stream().map(SqlLiterals::string).collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));
    }

    /** A parenthesised list of string literals for {@code IN (…)}. */
    public static String stringList(List<String> values) {
        return values.stream().map(SqlLiterals::string).collect(Collectors.joining(", ", "(", ")"));
    }
}
