package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldType;
import io.buildify.core.model.ValidationRule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The validation rule kinds the field editor offers (the core validator checks the same codes): a pattern, the
 * email/URL/phone formats for text fields, and earliest/latest dates for date fields. Numbers have min/max value
 * and text has min/max length as their own properties, so they are not rules here.
 */
public enum RuleKind {
    REGEX("regex", "Must match pattern", "regular expression, e.g. ^[A-Z]{2}\\d+$"),
    EMAIL("email", "Email address format", null),
    URL("url", "Web address (URL) format", null),
    PHONE("phone", "Phone number format", null),
    MIN_DATE("min_date", "Not before", "2024-01-31"),
    MAX_DATE("max_date", "Not after", "2024-12-31");

    private final String code;
    private final String displayName;
    private final String valueHint;

    RuleKind(String code, String displayName, String valueHint) {
        this.code = code;
        this.displayName = displayName;
        this.valueHint = valueHint;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** Prompt text of the value input; null when the kind takes no value (the formats). */
    public String valueHint() {
        return valueHint;
    }

    public boolean takesValue() {
        return valueHint != null;
    }

    public boolean isDate() {
        return this == MIN_DATE || this == MAX_DATE;
    }

    public boolean appliesTo(FieldType type) {
        return isDate() ? type == FieldType.DATE || type == FieldType.DATETIME : type.isText();
    }

    public static Optional<RuleKind> of(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
    }

    /** The kinds a field of this type may have. */
    public static List<RuleKind> forType(FieldType type) {
        return Arrays.stream(values()).filter(k -> type != null && k.appliesTo(type)).toList();
    }

    /** The rules that still apply after a type change; kinds this editor does not know are kept as they are. */
    static List<ValidationRule> keepApplicable(List<ValidationRule> rules, FieldType type) {
        return rules.stream().filter(r -> r == null || of(r.type()).map(k -> k.appliesTo(type)).orElse(true)).toList();
    }
}
