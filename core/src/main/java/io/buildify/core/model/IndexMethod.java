package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** PostgreSQL index access methods offered in the designer. */
public enum IndexMethod {
    BTREE("btree"),
    HASH("hash"),
    GIN("gin"),
    GIST("gist");

    private final String code;

    IndexMethod(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static IndexMethod fromCode(String code) {
        for (IndexMethod value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown IndexMethod '" + code + "'");
    }
}
