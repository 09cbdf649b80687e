package io.buildify.core.migration;

import io.buildify.core.sql.WhereTokens;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites a partial index's WHERE text, read by {@link WhereTokens}: string literals, numbers and type names stay
 * as they are, and only whole identifiers (bare or double-quoted) that stand for a column are touched, so renaming
 * {@code status} leaves {@code status_code}, {@code 'status'} and {@code x::status} alone.
 */
final class WhereColumns {
    private WhereColumns() {
    }

    /**
     * The WHERE with renamed columns. PostgreSQL keeps an index predicate in step with a renamed column by itself;
     * this lets the planner see that the predicate the designer wrote with the new name is the same one, and
     * rename the index instead of re-creating it.
     */
    static String rename(String where, Map<String, String> columns) {
        if (where == null || columns.isEmpty()) {
            return where;
        }
        return WhereTokens.walk(where, token -> {
            String renamed = columns.get(token.quoted() ? token.name() : token.name().toLowerCase(Locale.ROOT));
            boolean column = renamed != null && token.before() != '.' && token.before() != ':'
                    && (token.quoted() || (token.after() != '(' && token.after() != '\'' && token.after() != '.'));
            return !column ? token.text() : token.quoted() ? '"' + renamed + '"' : renamed;
        });
    }

    /**
     * The WHERE with each column reference replaced by the SQL expression {@code values} gives for it (bare names
     * looked up in lower case, quoted ones as written), e.g. to ask the rows before a migration what the predicate
     * will say of them after it. Empty unless every name is understood: a word that is neither one of those
     * columns nor a keyword, a qualified name, or a backslash (an {@code E'…'} escape this reading does not
     * follow) gives up rather than guess, so the caller never runs a query that could fail for its own reasons.
     */
    static Optional<String> substitute(String where, Map<String, String> values) {
        if (where.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(WhereTokens.walk(where, token -> {
            if (token.before() == '.' || token.after() == '.') {
                return null;
            }
            if (token.before() == ':' || token.after() == '(' || "as".equalsIgnoreCase(token.previousWord())
                    || (!token.quoted() && token.after() == '\'')) {
                return token.text(); // a type, a function, a typed literal
            }
            String lower = token.name().toLowerCase(Locale.ROOT);
            String value = values.get(token.quoted() ? token.name() : lower);
            boolean keyword = !token.quoted() && WhereTokens.isKeyword(lower);
            if (value != null) {
                return keyword ? null : value; // a column named like a keyword: which one is meant is not sure
            }
            return keyword ? token.text() : null;
        }));
    }
}
