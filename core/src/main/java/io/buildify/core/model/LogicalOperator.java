package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the conditions of a group combine. */
public enum LogicalOperator {
    AND("AND"),
    OR("OR");

    private final String code;

    LogicalOperator(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static LogicalOperator fromCode(String code) {
        for (LogicalOperator value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown LogicalOperator '" + code + "'");
    }
}
