package io.buildify.core.migration;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a partial index's WHERE text token by token: string literals, numbers and type names stay as they are,
 * and only whole identifiers (bare or double-quoted) that stand for a column are touched, so renaming
 * {@code status} leaves {@code status_code}, {@code 'status'} and {@code x::status} alone.
 */
final class WhereColumns {
    /** Bare words of an expression that are not names; any other unknown word makes {@link #substitute} give up. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "null", "true", "false",
            "unknown", "in", "between", "symmetric", "like", "ilike", "similar", "to", "escape", "case", "when",
            "then", "else", "end", "distinct", "from", "any", "all", "some", "array", "isnull", "notnull", "cast",
            "as", "collate", "at", "time", "zone");

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
        return walk(where, token -> {
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
        return Optional.ofNullable(walk(where, token -> {
            if (token.before() == '.' || token.after() == '.') {
                return null;
            }
            if (token.before() == ':' || token.after() == '(' || "as".equalsIgnoreCase(token.previousWord())
                    || (!token.quoted() && token.after() == '\'')) {
                return token.text(); // a type, a function, a typed literal
            }
            String lower = token.name().toLowerCase(Locale.ROOT);
            String value = values.get(token.quoted() ? token.name() : lower);
            boolean keyword = !token.quoted() && KEYWORDS.contains(lower);
            if (value != null) {
                return keyword ? null : value; // a column named like a keyword: which one is meant is not sure
            }
            return keyword ? token.text() : null;
        }));
    }

    /**
     * An identifier as it stands in the text.
     *
     * @param before       the non-blank character before it (0 at the start)
     * @param after        the non-blank character after it (0 at the end)
     * @param previousWord the bare word just before it, if only blanks separate them, else null
     */
    private record Token(String text, String name, boolean quoted, char before, char after, String previousWord) {
    }

    /** The text with every identifier replaced by {@code replace}'s answer; null as soon as it answers null. */
    private static String walk(String where, Function<Token, String> replace) {
        StringBuilder out = new StringBuilder(where.length());
        int i = 0;
        int n = where.length();
        String previousWord = null;
        while (i < n) {
            char c = where.charAt(i);
            int end;
            String word = null;
            if (c == '\'') {
                end = closing(where, i, '\'');
                out.append(where, i, end);
            } else if (c == '"' || Character.isLetter(c) || c == '_') {
                boolean quoted = c == '"';
                end = quoted ? closing(where, i, '"') : wordEnd(where, i);
                String text = where.substring(i, end);
                String name = quoted ? text.substring(1, Math.max(1, text.length() - 1)).replace("\"\"", "\"") : text;
                String replaced = replace.apply(new Token(text, name, quoted, before(where, i), after(where, end),
                        previousWord));
                if (replaced == null) {
                    return null;
                }
                out.append(replaced);
                word = quoted ? null : text;
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < n && (Character.isLetterOrDigit(where.charAt(end)) || where.charAt(end) == '.'
                        || where.charAt(end) == '_')) {
                    end++; // 1e5, 0x1F: a number's letters are not names
                }
                out.append(where, i, end);
            } else {
                out.append(c);
                i++;
                if (!Character.isWhitespace(c)) {
                    previousWord = null; // blanks keep the word before
                }
                continue;
            }
            previousWord = word;
            i = end;
        }
        return out.toString();
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '$')) {
            end++;
        }
        return end;
    }

    /** The index just past the literal or quoted name opened at {@code start}; a doubled quote is part of it. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static char before(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 ? text.charAt(i) : 0;
    }

    private static char after(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : 0;
    }
}
