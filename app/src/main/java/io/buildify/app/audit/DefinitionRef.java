package io.buildify.app.audit;

import java.util.Objects;

/** A definition the history can be shown for: its id (the edit log's key), kind and current name. */
public record DefinitionRef(String id, Kind kind, String name) {

    /** Entities and workflows; the code is the server audit log's {@code object_type}. */
    public enum Kind {
        ENTITY("entity"), WORKFLOW("workflow");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public DefinitionRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = Objects.requireNonNullElse(name, "");
    }

    /** "customer (entity)", as the pickers show it. */
    @Override
    public String toString() {
        return (name.isBlank() ? "(unnamed)" : name) + " (" + kind.code() + ")";
    }
}
