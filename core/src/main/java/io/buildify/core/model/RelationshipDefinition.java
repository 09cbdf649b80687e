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

    public RelationshipDefinition withName(String value) {
        return new RelationshipDefinition(id, value, label, kind, targetEntity, foreignKeyColumn, junctionTable,
                onDelete, onUpdate, required);
    }

    public RelationshipDefinition withLabel(String value) {
        return new RelationshipDefinition(id, name, value, kind, targetEntity, foreignKeyColumn, junctionTable,
                onDelete, onUpdate, required);
    }

    public RelationshipDefinition withKind(RelationshipKind value) {
        return new RelationshipDefinition(id, name, label, value, targetEntity, foreignKeyColumn, junctionTable,
                onDelete, onUpdate, required);
    }

    public RelationshipDefinition withTargetEntity(String value) {
        return new RelationshipDefinition(id, name, label, kind, value, foreignKeyColumn, junctionTable, onDelete,
                onUpdate, required);
    }

    public RelationshipDefinition withForeignKeyColumn(String value) {
        return new RelationshipDefinition(id, name, label, kind, targetEntity, value, junctionTable, onDelete,
                onUpdate, required);
    }

    public RelationshipDefinition withJunctionTable(String value) {
        return new RelationshipDefinition(id, name, label, kind, targetEntity, foreignKeyColumn, value, onDelete,
                onUpdate, required);
    }

    public RelationshipDefinition withOnDelete(ReferentialAction value) {
        return new RelationshipDefinition(id, name, label, kind, targetEntity, foreignKeyColumn, junctionTable, value,
                onUpdate, required);
    }

    public RelationshipDefinition withOnUpdate(ReferentialAction value) {
        return new RelationshipDefinition(id, name, label, kind, targetEntity, foreignKeyColumn, junctionTable,
                onDelete, value, required);
    }

    public RelationshipDefinition withRequired(boolean value) {
        return new RelationshipDefinition(id, name, label, kind, targetEntity, foreignKeyColumn, junctionTable,
                onDelete, onUpdate, value);
    }
}
