package io.buildify.app.entitywizard;

import io.buildify.core.model.RelationshipKind;

import java.util.Objects;

/**
 * One line of the relationship diagram: a relationship from {@code source} to {@code target}. Links declared on the
 * entity being edited are drawn solid; links other entities declare towards it are drawn dashed.
 */
public record DiagramLink(String source, String target, RelationshipKind kind, String name, boolean declaredHere) {

    public DiagramLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }

    /** The other end of the link as seen from {@code entity}. */
    public String otherEnd(String entity) {
        return source.equals(entity) ? target : source;
    }

    /** "1 : N", "1 : 1" or "N : M", read from source to target. */
    public String cardinality() {
        return cardinalityOf(kind);
    }

    public static String cardinalityOf(RelationshipKind kind) {
        return switch (kind) {
            case ONE_TO_MANY -> "1 : N";
            case ONE_TO_ONE -> "1 : 1";
            case MANY_TO_MANY -> "N : M";
        };
    }
}
