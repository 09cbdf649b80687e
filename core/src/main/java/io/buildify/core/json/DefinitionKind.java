package io.buildify.core.json;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a definition file holds: its {@code kind} in the envelope. */
public enum DefinitionKind {
    ENTITY("entity"),
    WORKFLOW("workflow"),
    /** A whole project: every entity and workflow. */
    PROJECT("project");

    private final String code;
    DefinitionKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** @return the kind with this code, or null */
    static DefinitionKind ofCode(String code) {
        for (DefinitionKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
