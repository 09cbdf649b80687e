package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** When a transition may be taken. */
public enum ConditionType {
    ALWAYS("always"),
    CONDITIONAL("conditional"),
    APPROVAL("approval");

    private final String code;

    ConditionType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ConditionType fromCode(String code) {
        for (ConditionType value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown ConditionType '" + code + "'");
    }
}
