package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Default sort direction of an entity's records. */
public enum SortOrder {
    ASC("asc"),
    DESC("desc");

    private final String code;

    SortOrder(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static SortOrder fromCode(String code) {
        for (SortOrder value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown SortOrder '" + code + "'");
    }
}
