package io.buildify.core.sql;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The column names a partial index's WHERE surely refers to, so the validator can tell the designer about a name
 * the table no longer has before PostgreSQL refuses the index. A word is only listed when nothing else it could be
 * is legal there: keywords, types (also the second words of {@code double precision}, {@code character varying},
 * {@code timestamp with time zone}), functions, typed literals and {@code interval '1' day}, the field of
 * {@code extract(year from …)}, collations, and qualified names are left out.
 */
public final class WhereReferences {
    /** Bare words that are never a column reference in an index predicate (beyond {@link WhereTokens}' keywords). */
    private static final Set<String> NOT_COLUMNS = Set.of("current_date", "current_time", "current_timestamp",
            "localtime", "localtimestamp", "current_user", "current_role", "current_catalog", "current_schema",
            "session_user", "user", "leading", "trailing", "both", "for", "placing", "overlaps", "with", "without",
            "precision", "varying");
    /** Fields of an interval, as in {@code interval '1' day to second}. */
    private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second");
    /** What may follow {@code IS} or {@code IS NOT} besides keywords: {@code IS JSON}, {@code IS NFC NORMALIZED}. */
    private static final Set<String> IS_FORMS = Set.of("json", "document", "normalized", "nfc", "nfd", "nfkc",
            "nfkd", "of");
    /** Further words of a type or form started just before, as long as only blanks separate them. */
    private static final Set<String> CONTINUATIONS = Set.of("precision", "varying", "with", "without", "time", "zone",
            "year", "month", "day", "hour", "minute", "second", "to", "normalized", "value", "scalar", "object",
            "array", "unique", "keys");

    private WhereReferences() {
    }

    /**
     * The names referred to: bare ones in lower case, quoted ones as written. Empty when the text has a backslash
     * (an {@code E'…'} escape this reading does not follow), so nothing is claimed about a WHERE not understood.
     */
    public static Optional<Set<String>> columnNames(String where) {
        if (where == null || where.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Reader reader = new Reader();
        WhereTokens.walk(where, token -> {
            reader.read(token);
            return token.text();
        });
        reader.finish();
        return Optional.of(reader.names);
    }

    /**
     * Reads the tokens in order; remembers whether a type or form goes on, which function was just opened, and the
     * last name found until the next token shows it was the first word of a type ({@code double precision '1'}).
     */
    private static final class Reader {
        private final Set<String> names = new LinkedHashSet<>();
        private boolean chain;
        private String openedFunction;
        private WhereTokens.Token pending;

        void read(WhereTokens.Token token) {
            String lower = token.name().toLowerCase(Locale.ROOT);
            String previous = token.previousWord() == null ? null : token.previousWord().toLowerCase(Locale.ROOT);
            boolean continuation = previous != null && !token.quoted() && CONTINUATIONS.contains(lower);
            boolean typeAfterName = continuation && pending != null && !pending.quoted()
                    && pending.text().equals(token.previousWord());
            if (!typeAfterName) {
                finish();
            }
            pending = null;
            boolean continues = continuation && (chain || typeAfterName);
            boolean extractField = token.before() == '(' && "extract".equals(openedFunction);
            openedFunction = token.after() == '(' ? lower : null;
            chain = continues || startsChain(token, lower, previous);
            if (!chain && !extractField && token.after() != '(' && !notAColumn(token, lower, previous)) {
                pending = token;
            }
        }

        /** Counts the last name found as a column reference. */
        void finish() {
            if (pending != null) {
                names.add(pending.quoted() ? pending.name() : pending.name().toLowerCase(Locale.ROOT));
            }
        }

        /** A type after {@code ::} or {@code AS}, a typed literal's type, an interval field, an {@code IS} form. */
        private static boolean startsChain(WhereTokens.Token token, String lower, String previous) {
            boolean bare = !token.quoted();
            return token.before() == ':' || "as".equals(previous) || (bare && token.after() == '\'')
                    || (bare && token.before() == '\'' && INTERVAL_FIELDS.contains(lower))
                    || (bare && ("is".equals(previous) || "not".equals(previous)) && IS_FORMS.contains(lower));
        }

        private static boolean notAColumn(WhereTokens.Token token, String lower, String previous) {
            if (token.before() == '.' || token.after() == '.' || "collate".equals(previous)) {
                return true; // a qualified name, a collation
            }
            if (token.quoted()) {
                return false;
            }
            return WhereTokens.isKeyword(lower) || NOT_COLUMNS.contains(lower)
                    || (lower.equals("u") && token.after() == '&'); // U&'…' unicode escape
        }
    }
}
