package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The custom field types of SPEC §1.2, each with its wire code and display name. */
public enum FieldType {
    STRING("string", "Text (short)"),
    TEXT("text", "Text (long)"),
    EMAIL("email", "Email"),
    URL("url", "URL"),
    PHONE("phone", "Phone"),
    INTEGER("integer", "Integer"),
    BIGINTEGER("biginteger", "Big integer"),
    DECIMAL("decimal", "Decimal"),
    CURRENCY("currency", "Currency"),
    PERCENTAGE("percentage", "Percentage"),
    BOOLEAN("boolean", "Yes/No"),
    DATE("date", "Date"),
    DATETIME("datetime", "Date and time"),
    TIME("time", "Time"),
    JSON("json", "JSON"),
    UUID("uuid", "UUID"),
    SINGLE_SELECT("single_select", "Single select"),
    MULTIPLE_SELECT("multiple_select", "Multiple select"),
    LOOKUP("lookup", "Lookup (reference)");

    private final String code;
    private final String displayName;

    FieldType(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isText() {
        return this == STRING || this == TEXT || this == EMAIL || this == URL || this == PHONE;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == BIGINTEGER || this == DECIMAL || this == CURRENCY || this == PERCENTAGE;
    }

    /** Types whose length the user chooses (the others have a fixed or no length). */
    public boolean hasMaxLength() {
        return this == STRING || this == TEXT;
    }

    public boolean hasAllowedValues() {
        return this == SINGLE_SELECT || this == MULTIPLE_SELECT;
    }

    @JsonCreator
    public static FieldType fromCode(String code) {
        for (FieldType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown field type '" + code + "'");
    }
}
