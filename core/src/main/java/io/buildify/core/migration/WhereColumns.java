package io.buildify.core.migration;

import java.util.Map;

/**
 * Renames columns inside a partial index's WHERE text, token by token: string literals and type names stay as
 * they are, and only whole identifiers (bare or double-quoted) that name a column change, so renaming
 * {@code status} leaves {@code status_code}, {@code 'status'} and {@code x::status} alone. PostgreSQL keeps an
 * index predicate in step with a renamed column by itself; this lets the planner see that the predicate the
 * designer wrote with the new name is the same one, and rename the index instead of re-creating it.
 */
final class WhereColumns {
    private WhereColumns() {
    }

    static String rename(String where, Map<String, String> columns) {
        if (where == null || columns.isEmpty()) {
            return where;
        }
        StringBuilder out = new StringBuilder(where.length());
        int i = 0;
        int n = where.length();
        while (i < n) {
            char c = where.charAt(i);
            if (c == '\'') {
                int end = closing(where, i, '\'');
                out.append(where, i, end);
                i = end;
            } else if (c == '"') {
                int end = closing(where, i, '"');
                String name = where.substring(i + 1, end - 1);
                String renamed = columns.get(name);
                out.append(renamed == null || isQualifiedOrType(where, i) ? where.substring(i, end)
                        : '"' + renamed + '"');
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(where.charAt(end)) || where.charAt(end) == '_'
                        || where.charAt(end) == '$')) {
                    end++;
                }
                String word = where.substring(i, end);
                String renamed = columns.get(word.toLowerCase(java.util.Locale.ROOT));
                boolean column = renamed != null && !isQualifiedOrType(where, i) && !isCallOrTypedLiteral(where, end);
                out.append(column ? renamed : word);
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(where.charAt(end)) || where.charAt(end) == '.'
                        || where.charAt(end) == '_')) {
                    end++; // 1e5, 0x1F: a number's letters are not names
                }
                out.append(where, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
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

    /** After {@code ::} a word is a type; after {@code .} it is a qualified name's second part. */
    private static boolean isQualifiedOrType(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == ':');
    }

    /** A word before {@code (} is a function, before {@code '…'} a type ({@code date '2024-01-01'}). */
    private static boolean isCallOrTypedLiteral(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '\'' || text.charAt(i) == '.');
    }
}
