package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.ValidationRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Field edits of the property editor that need more than one {@code with…} call: the regex rule, typed numbers. */
final class FieldEdits {
    private FieldEdits() {
    }

    /**
     * The field with its regex rule set to {@code pattern} and {@code message} (in place of the old one), or
     * without it when pattern and message are both blank. Other rules keep their order.
     */
    static FieldDefinition withRegexRule(FieldDefinition f, String pattern, String message) {
        List<ValidationRule> rules = new ArrayList<>(f.validationRules());
        int index = regexIndex(rules);
        // A message typed before its pattern keeps the rule, or the next reload would wipe the message.
        boolean keep = !isBlank(pattern) || !isBlank(message);
        ValidationRule rule = new ValidationRule("regex", isBlank(pattern) ? "" : pattern,
                isBlank(message) ? null : message);
        if (index < rules.size()) {
            if (keep) {
                rules.set(index, rule);
            } else {
                rules.remove(index);
            }
        } else if (keep) {
            rules.add(rule);
        }
        return f.withValidationRules(rules);
    }

    /** Index of the first regex rule, or the size of the list (where a new one would go). */
    static int regexIndex(List<ValidationRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) != null && "regex".equalsIgnoreCase(rules.get(i).type())) {
                return i;
            }
        }
        return rules.size();
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

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
