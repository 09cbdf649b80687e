package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Cardinality of a relationship (SPEC §1.3). */
public enum RelationshipKind {
    ONE_TO_MANY("one_to_many"),
    ONE_TO_ONE("one_to_one"),
    MANY_TO_MANY("many_to_many");

    private final String code;

    RelationshipKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static RelationshipKind fromCode(String code) {
        for (RelationshipKind value : values()) {
            if (value.code.equalsIgnoreCase(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown RelationshipKind '" + code + "'");
    }
}
