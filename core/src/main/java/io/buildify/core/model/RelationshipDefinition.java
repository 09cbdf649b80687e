package io.buildify.core.model;

import java.util.Objects;

/**
 * A relationship declared on its source entity (SPEC §1.3).
 * <ul>
 *   <li>{@code ONE_TO_MANY}: one source row has many target rows; the foreign key column
 *       {@code foreignKeyColumn} lives on the target ("many") table.</li>
 *   <li>{@code ONE_TO_ONE}: the foreign key column lives on the source table and is unique.</li>
 *   <li>{@code MANY_TO_MANY}: a junction table {@code junctionTable} holds two foreign keys and a composite
 *       primary key.</li>
 * </ul>
 */
public record RelationshipDefinition(
        String id,
        String name,
        String label,
        RelationshipKind kind,
        String targetEntity,
        String foreignKeyColumn,
        String junctionTable,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean required) {

    public RelationshipDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }

    public static RelationshipDefinition of(String name, RelationshipKind kind, String targetEntity) {
        return new RelationshipDefinition(Ids.newId(), name, Names.labelOf(name), kind, targetEntity, null, null,
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false);
    }
}
