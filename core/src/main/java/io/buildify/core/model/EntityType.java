package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of entity: user-defined, built into the platform, or virtual (no table). */
public enum EntityType {
    CUSTOM("custom"),
    SYSTEM("system"),
    VIRTUAL("virtual");

    private final String code;

    EntityType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static EntityType fromCode(String code) {
        for (EntityType value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown EntityType '" + code + "'");
    }
}
