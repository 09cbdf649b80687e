package io.buildify.core.bpmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits the inside of a {@code ${...}} expression into names, numbers, quoted strings and symbols. */
final class ExpressionTokens {
    enum Kind { NAME, NUMBER, STRING, SYMBOL }

    record Token(Kind kind, String text) {
    }

    private static final List<String> SYMBOLS = List.of("&&", "||", "==", "!=", ">=", "<=", ">", "<", "(", ")",
            "[", "]", ",", ".");

    private ExpressionTokens() {
    }

    /** The tokens, or empty when the text holds something no token matches (an unclosed string, a '+'). */
    static Optional<List<Token>> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(i, end)));
                i = end;
            } else if (Character.isDigit(c) || c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                String number = text.substring(i, end);
                if (number.endsWith(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                    return Optional.empty();
                }
                tokens.add(new Token(Kind.NUMBER, number));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = readString(text, i, tokens);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end;
            } else {
                String symbol = symbolAt(text, i);
                if (symbol == null) {
                    return Optional.empty();
                }
                tokens.add(new Token(Kind.SYMBOL, symbol));
                i += symbol.length();
            }
        }
        return Optional.of(tokens);
    }

    /** Reads a quoted string with backslash escapes; returns the index after it, or -1 if it never closes. */
    private static int readString(String text, int start, List<Token> tokens) {
        char quote = text.charAt(start);
        StringBuilder value = new StringBuilder();
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                value.append(text.charAt(++i));
            } else if (c == quote) {
                tokens.add(new Token(Kind.STRING, value.toString()));
                return i + 1;
            } else {
                value.append(c);
            }
        }
        return -1;
    }

    private static String symbolAt(String text, int i) {
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                return symbol;
            }
        }
        return null;
    }
}
