package io.buildify.core.model;

import java.util.Locale;

/** Derivations between technical names and labels, used wherever a default is proposed. */
public final class Names {
    private Names() {
    }

    /** "credit_limit" → "Credit Limit". */
    public static String labelOf(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (String word : name.split("_+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return label.toString();
    }

    /** "Credit limit" → "credit_limit": lower case, runs of other characters become one underscore. */
    public static String snakeCaseOf(String text) {
        if (text == null) {
            return "";
        }
        String snake = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return snake.replaceAll("^_+|_+$", "");
    }

    /** The default table name of an entity: its name (entities are singular; tables keep the name as is). */
    public static String tableNameOf(String entityName) {
        return entityName == null ? "" : entityName;
    }
}
