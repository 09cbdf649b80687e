package io.buildify.core.validation;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.ValidationRule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a field's extra validation rules (SPEC §1.2 "validation rules"). Known kinds: {@code regex} (value: a
 * pattern), the formats {@code email}, {@code url} and {@code phone} (no value; text fields), and {@code min_date}
 * / {@code max_date} (value: a date like 2024-12-31; date and date-time fields). Other kinds are left to the
 * runtime, which may know more.
 */
final class ValidationRuleRules {
    /** The rule kinds checked here, in the order a designer offers them. */
    static final List<String> KNOWN = List.of("regex", "email", "url", "phone", "min_date", "max_date");

    private ValidationRuleRules() {
    }

    static void check(FieldDefinition field, String path, Problems problems) {
        List<ValidationRule> rules = field.validationRules();
        LocalDate min = null;
        LocalDate max = null;
        for (int i = 0; i < rules.size(); i++) {
            ValidationRule rule = rules.get(i);
            String rulePath = path + ".validation_rules[" + i + "]";
            if (rule == null || Problems.isBlank(rule.type())) {
                problems.error(rulePath + ".type", "a validation rule needs a type");
                continue;
            }
            String kind = rule.type().strip().toLowerCase(Locale.ROOT);
            String value = rule.value() == null ? "" : rule.value().strip();
            switch (kind) {
                case "regex" -> regex(value, rulePath, problems);
                case "email", "url", "phone" -> {
                    if (!field.type().isText()) {
                        problems.error(rulePath + ".type", "the " + kind + " format applies to text fields, not to "
                                + field.type().code());
                    }
                }
                case "min_date", "max_date" -> {
                    LocalDate date = date(field, kind, value, rulePath, problems);
                    if (date != null && kind.equals("min_date")) {
                        min = date;
                    } else if (date != null) {
                        max = date;
                    }
                    if (min != null && max != null && min.isAfter(max)) {
                        problems.error(rulePath + ".value", "the earliest date " + min + " is after the latest date "
                                + max);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void regex(String pattern, String rulePath, Problems problems) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            problems.error(rulePath + ".value", "not a valid regular expression: " + e.getDescription());
        }
    }

    private static LocalDate date(FieldDefinition field, String kind, String value, String rulePath,
                                  Problems problems) {
        if (field.type() != FieldType.DATE && field.type() != FieldType.DATETIME) {
            problems.error(rulePath + ".type", kind + " applies to date and date-time fields, not to "
                    + field.type().code());
            return null;
        }
        try {
            return value.contains("T") ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.error(rulePath + ".value", "'" + value + "' is not a date like 2024-12-31");
            return null;
        }
    }
}
