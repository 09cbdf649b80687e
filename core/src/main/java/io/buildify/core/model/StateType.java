package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The five kinds of workflow state (SPEC §2). */
public enum StateType {
    START("start"),
    TASK("task"),
    APPROVAL("approval"),
    CONDITION("condition"),
    END("end");

    private final String code;

    StateType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static StateType fromCode(String code) {
        for (StateType value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown StateType '" + code + "'");
    }
}
