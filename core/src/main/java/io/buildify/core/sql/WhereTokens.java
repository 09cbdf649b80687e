package io.buildify.core.sql;

import java.util.Set;
import java.util.function.Function;

/**
 * Reads a partial index's WHERE text token by token: string literals and numbers are passed over whole, and each
 * identifier (bare or double-quoted) is handed to the caller with what stands around it, so the caller can tell a
 * column from a type, a function or a keyword. Shared by the planner (renaming, substituting) and the validator
 * (which names does the WHERE refer to), so both read a predicate the same way.
 */
public final class WhereTokens {
    /** Bare words of an expression that are not names. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "null", "true", "false",
            "unknown", "in", "between", "symmetric", "like", "ilike", "similar", "to", "escape", "case", "when",
            "then", "else", "end", "distinct", "from", "any", "all", "some", "array", "isnull", "notnull", "cast",
            "as", "collate", "at", "time", "zone");

    private WhereTokens() {
    }

    /** True when a bare word, in lower case, is one of the expression keywords above. */
    public static boolean isKeyword(String lowerCaseWord) {
        return KEYWORDS.contains(lowerCaseWord);
    }

    /**
     * An identifier as it stands in the text.
     *
     * @param text         as written, quotes included
     * @param name         the name it stands for: a quoted one without its quotes and with doubled quotes undone
     * @param before       the non-blank character before it (0 at the start)
     * @param after        the non-blank character after it (0 at the end)
     * @param previousWord the bare word just before it, if only blanks separate them, else null
     */
    public record Token(String text, String name, boolean quoted, char before, char after, String previousWord) {
    }

    /** The text with every identifier replaced by {@code replace}'s answer; null as soon as it answers null. */
    public static String walk(String where, Function<Token, String> replace) {
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
