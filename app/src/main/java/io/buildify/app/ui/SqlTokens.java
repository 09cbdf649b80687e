package io.buildify.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits the planner's PostgreSQL DDL into tokens for highlighting: keywords, type names, quoted identifiers,
 * literals (strings and numbers), comments and the rest. Not a parser: the planner writes a small, regular subset of
 * SQL, and every character of the input ends up in exactly one token, so the highlighted text reads the same.
 */
public final class SqlTokens {

    /** What a token is, as far as colouring goes. */
    public enum Kind { KEYWORD, TYPE, IDENTIFIER, LITERAL, COMMENT, PLAIN }

    /** One run of text of one kind. */
    public record Token(Kind kind, String text) {
        public Token {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private static final Set<String> KEYWORDS = Set.of("ACTION", "ADD", "ALTER", "AND", "AS", "ASC", "BEGIN",
            "BY", "CASCADE", "CASE", "CAST", "CHECK", "COLUMN", "COMMENT", "COMMIT", "CONSTRAINT", "COUNT", "CREATE",
            "DEFAULT", "DELETE", "DESC", "DROP", "ELSE", "END", "EXISTS", "FALSE", "FOREIGN", "FROM", "GROUP",
            "HAVING", "IF", "IN", "INDEX", "IS", "KEY", "LIKE", "NO", "NOT", "NULL", "NULLS", "ON", "OR", "PRIMARY",
            "REFERENCES", "RENAME", "RESTRICT", "SELECT", "SET", "TABLE", "THEN", "TO", "TRUE", "TYPE", "UNIQUE",
            "UPDATE", "USING", "WHEN", "WHERE", "WITH");
    private static final Set<String> TYPES = Set.of("BIGINT", "BIGSERIAL", "BOOLEAN", "BTREE", "BYTEA", "CHAR",
            "CHARACTER", "DATE", "DECIMAL", "DOUBLE", "FLOAT", "GIN", "GIST", "HASH", "INT", "INTEGER", "INTERVAL",
            "JSON", "JSONB", "NUMERIC", "PRECISION", "REAL", "SERIAL", "SMALLINT", "TEXT", "TIME", "TIMESTAMP",
            "TIMESTAMPTZ", "UUID", "VARCHAR", "VARYING", "ZONE");

    private SqlTokens() {
    }

    /** The tokens of {@code sql} in order; joining their texts gives {@code sql} back. */
    public static List<Token> tokenize(String sql) {
        Objects.requireNonNull(sql, "sql");
        List<Token> tokens = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            Kind kind;
            if (c == '"' || c == '\'') {
                end = closingQuote(sql, i, c);
                kind = c == '"' ? Kind.IDENTIFIER : Kind.LITERAL;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                end = newline < 0 ? sql.length() : newline;
                kind = Kind.COMMENT;
            } else if (Character.isDigit(c) && !partOfWord(sql, i)) {
                end = i;
                while (end < sql.length() && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                kind = Kind.LITERAL;
            } else if (Character.isLetter(c) || c == '_') {
                end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end).toUpperCase(Locale.ROOT);
                kind = KEYWORDS.contains(word) ? Kind.KEYWORD : TYPES.contains(word) ? Kind.TYPE : Kind.PLAIN;
            } else {
                plain.append(c);
                i++;
                continue;
            }
            String text = sql.substring(i, end);
            if (kind == Kind.PLAIN) {
                plain.append(text);
            } else {
                flush(plain, tokens);
                tokens.add(new Token(kind, text));
            }
            i = end;
        }
        flush(plain, tokens);
        return tokens;
    }

    /** Index after the closing quote; a doubled quote ({@code ""} or {@code ''}) is an escaped one. */
    private static int closingQuote(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length(); // unterminated: the rest is the quoted text
    }

    private static boolean partOfWord(String sql, int i) {
        return i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_');
    }

    private static void flush(StringBuilder plain, List<Token> tokens) {
        if (!plain.isEmpty()) {
            tokens.add(new Token(Kind.PLAIN, plain.toString()));
            plain.setLength(0);
        }
    }
}
