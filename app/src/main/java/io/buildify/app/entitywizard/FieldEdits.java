package io.buildify.app.entitywizard;


import java.math.BigDecimal;

/** Field edits of the property editor that need more than a {@code with…} call: typed numbers. */
final class FieldEdits {
    private FieldEdits() {
    }

    /** A number typed by the user, or null when blank or not (yet) a number such as "-" or "1e". */
    static BigDecimal parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
