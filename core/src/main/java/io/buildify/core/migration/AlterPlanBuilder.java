package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SystemFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the steps of an ALTER migration from the published definition to the next one. Fields, relationships and
 * indexes are matched by their stable ids, so a renamed field is a RENAME COLUMN and keeps its values. A one-to-many
 * relationship's column lives on its target's table; its steps run there.
 *
 * <p>Besides the two definitions it compares a third, "moved", one: the published definition with the new table
 * name and every kept element's new name. Objects whose SQL is the same in "moved" and in the next definition
 * only need a rename; the others are dropped and created again. The phases run in this order, and the down script
 * (each step's inverse, in reverse) passes through the same states backwards:
 * <ol>
 *   <li>rename the table and kept junction tables;</li>
 *   <li>drop the constraints and indexes that go away or change;</li>
 *   <li>archive (or drop) removed columns and junction tables, freeing their names;</li>
 *   <li>rename kept columns, then constraints and indexes whose only change is their name (chains in order,
 *       swaps through a temporary name);</li>
 *   <li>change type, default and nullability of kept columns;</li>
 *   <li>add new columns and junction tables, then the new and changed constraints and indexes.</li>
 * </ol>
 */
final class AlterPlanBuilder {
    private final EntityDefinition previous;
    private final EntityDefinition next;
    private final EntityDefinition moved;
    private final EntityDefinition tablesRenamed;
    private final Function<String, String> tableOfEntity;
    private final Function<String, Optional<String>> existingTableOfEntity;
    private final PlanOptions options;
    private final int toVersion;
    private final List<MigrationStep> steps = new ArrayList<>();
    private final List<RowCheck> checks = new ArrayList<>();

    /**
     * @param existingTableOfEntity the table of another entity when it exists before the migration (a known entity
     *                              that is not virtual), for the row checks of new lookups
     */
    AlterPlanBuilder(EntityDefinition previous, EntityDefinition next, Function<String, String> tableOfEntity,
                     Function<String, Optional<String>> existingTableOfEntity, PlanOptions options, int toVersion) {
        this.toVersion = toVersion;
        this.previous = previous;
        this.next = next;
        this.tableOfEntity = tableOfEntity;
        this.existingTableOfEntity = existingTableOfEntity;
        this.options = options;
        this.moved = MovedDefinitions.allRenamed(previous, next);
        this.tablesRenamed = MovedDefinitions.tablesRenamed(previous, next);
    }

    CheckedPlanParts build() {
        String oldTable = previous.tableName();
        String table = next.tableName();
        Map<String, Placed> oldColumns = columns(previous);
        Map<String, Placed> newColumns = columns(next);
        Map<String, RelationshipSql.Junction> oldJunctions = junctions(previous);
        Map<String, RelationshipSql.Junction> movedJunctions = junctions(moved);
        Map<String, RelationshipSql.Junction> newJunctions = junctions(next);
        Map<String, SchemaObject> oldObjects = SchemaObjects.of(previous, tableOfEntity);
        Map<String, SchemaObject> hereObjects = SchemaObjects.of(tablesRenamed, tableOfEntity);
        Map<String, SchemaObject> movedObjects = SchemaObjects.of(moved, tableOfEntity);
        Map<String, SchemaObject> newObjects = SchemaObjects.of(next, tableOfEntity);

        // 1. tables
        if (!oldTable.equals(table)) {
            steps.add(new MigrationStep(StepKind.RENAME_TABLE, table, ArchiveSteps.renameTable(oldTable, table),
                    ArchiveSteps.renameTable(table, oldTable), false));
        }
        List<String> keptJunctions = new ArrayList<>();
        oldJunctions.forEach((id, old) -> {
            RelationshipSql.Junction now = newJunctions.get(id);
            if (now != null && now.sameShape(old)) {
                keptJunctions.add(id);
                if (!now.name().equals(old.name())) {
                    steps.add(new MigrationStep(StepKind.RENAME_TABLE, now.name(), ArchiveSteps.renameTable(old.name(),
                            now.name()), ArchiveSteps.renameTable(now.name(), old.name()), false));
                }
            }
        });

        // 2. constraints and indexes that go away or change
        List<String> recreated = new ArrayList<>();
        oldObjects.forEach((key, old) -> {
            if (!owned(key, keptJunctions)) {
                return; // goes with its junction table
            }
            SchemaObject wanted = newObjects.get(key);
            // Dropped after the table renames and re-created by the down script before they are undone, while the
            // columns still have their old names: the old name, written for the renamed tables.
            SchemaObject here = hereObjects.get(key).named(old.name());
            if (wanted == null || !movedObjects.get(key).sameDefinitionAs(wanted)) {
                steps.add(new MigrationStep(here.dropKind(), here.subject(), here.dropSql(), here.createSql(),
                        false));
                if (wanted != null) {
                    recreated.add(key);
                }
            }
        });

        // 3. removals
        oldColumns.forEach((key, old) -> {
            if (!newColumns.containsKey(key)) {
                steps.add(options.dropInsteadOfArchive() ? ColumnSteps.drop(old.table(), old.column())
                        : ColumnSteps.archive(old.table(), old.column(), archiveName(old.column().name())));
            }
        });
        oldJunctions.forEach((id, old) -> {
            if (!keptJunctions.contains(id)) {
                steps.add(removeJunction(old, movedJunctions.get(id)));
            }
        });

        // 4. renames, ordered so that no name is taken while another still holds it (swaps go through a temporary)
        List<RenameOrder.Move<String>> columnMoves = new ArrayList<>();
        newColumns.forEach((key, now) -> {
            Placed old = oldColumns.get(key);
            if (old != null) {
                columnMoves.add(new RenameOrder.Move<>(now.table(), now.table(), old.column().name(),
                        now.column().name()));
            }
        });
        RenameOrder.order(columnMoves).forEach(m -> steps.add(ColumnSteps.rename(m.subject(), m.from(), m.to())));
        List<RenameOrder.Move<SchemaObject>> objectMoves = new ArrayList<>();
        newObjects.forEach((key, now) -> {
            SchemaObject old = oldObjects.get(key);
            if (old != null && !recreated.contains(key) && owned(key, keptJunctions)) {
                objectMoves.add(new RenameOrder.Move<>(now, "objects", old.name(), now.name()));
            }
        });
        RenameOrder.order(objectMoves).forEach(m -> steps.add(new MigrationStep(m.subject().renameKind(),
                m.subject().subject(), m.subject().named(m.from()).renameSql(m.to()),
                m.subject().named(m.to()).renameSql(m.from()), false)));

        // 5. kept columns
        newColumns.forEach((key, now) -> {
            Placed old = oldColumns.get(key);
            if (old != null) {
                steps.addAll(ColumnSteps.alter(now.table(), old.column().withName(now.column().name()),
                        now.column()));
                checks.addAll(ColumnSteps.alterChecks(old.tableBefore(), old.column(), now.column()));
            }
        });

        // 6. additions
        newColumns.forEach((key, now) -> {
            if (!oldColumns.containsKey(key)) {
                steps.add(ColumnSteps.add(now.table(), now.column()));
                if (now.column().notNull() && now.column().defaultSql() == null) {
                    checks.add(ColumnSteps.addCheck(now.tableBefore(), now.column()));
                }
                if (now.column().defaultSql() != null && isUniqueField(key)) {
                    checks.add(ColumnSteps.addUniqueWithDefaultCheck(now.tableBefore(), now.column()));
                }
            }
        });
        newJunctions.forEach((id, now) -> {
            if (!keptJunctions.contains(id)) {
                steps.add(new MigrationStep(StepKind.CREATE_JUNCTION_TABLE, now.name(), now.createSql(),
                        "DROP TABLE " + SqlIdentifiers.quote(now.name()) + ";", false));
            }
        });
        newObjects.forEach((key, now) -> {
            if (owned(key, keptJunctions) && (!oldObjects.containsKey(key) || recreated.contains(key))) {
                steps.add(new MigrationStep(now.addKind(), now.subject(), now.createSql(), now.dropSql(), false));
                constraintCheck(key, oldColumns, newColumns, true).ifPresent(checks::add);
                UniqueIndexCheck.of(key, previous, next).ifPresent(checks::add);
            } else if (owned(key, keptJunctions)) { // kept: ALTER COLUMN TYPE validates it again
                constraintCheck(key, oldColumns, newColumns, false).ifPresent(checks::add);
                UniqueIndexCheck.ofKept(key, previous, next).ifPresent(checks::add);
            }
        });
        return new CheckedPlanParts(steps, checks);
    }

    private boolean isUniqueField(String columnKey) {
        return columnKey.startsWith("field:")
                && next.field(columnKey.substring("field:".length())).map(FieldDefinition::unique).orElse(false);
    }

    /**
     * The row check of a field's constraint ({@link ConstraintCheck}): for one that is {@code added} (new or
     * re-created), or one that stays on a column whose type changes (ALTER COLUMN TYPE validates it again).
     */
    private Optional<RowCheck> constraintCheck(String key, Map<String, Placed> oldPlaced,
                                               Map<String, Placed> newPlaced, boolean added) {
        if (!key.startsWith("field:")) {
            return Optional.empty();
        }
        String columnKey = key.substring(0, key.lastIndexOf(':'));
        ColumnSpec old = oldPlaced.containsKey(columnKey) ? oldPlaced.get(columnKey).column() : null;
        ColumnSpec now = newPlaced.containsKey(columnKey) ? newPlaced.get(columnKey).column() : null;
        if (old == null || now == null || (!added && old.sqlType().equals(now.sqlType()))) {
            return Optional.empty();
        }
        FieldDefinition field = next.field(columnKey.substring("field:".length())).orElseThrow();
        return ConstraintCheck.of(key.substring(key.lastIndexOf(':') + 1), previous.tableName(), old, now, field,
                lookupTableBefore(field));
    }

    /**
     * A lookup target's table as named before the migration: the entity's own old name for a self-lookup, else the
     * table of a known entity that has one; empty when there is none to count against.
     */
    private Optional<String> lookupTableBefore(FieldDefinition field) {
        if (field.lookupEntity() == null) {
            return Optional.empty();
        }
        return field.lookupEntity().equals(next.name()) ? Optional.of(previous.tableName())
                : existingTableOfEntity.apply(field.lookupEntity());
    }

    private MigrationStep removeJunction(RelationshipSql.Junction old, RelationshipSql.Junction movedShape) {
        String name = old.name();
        if (options.dropInsteadOfArchive()) {
            // Re-created by the down script in the state it runs in, where the source table has its new name.
            return new MigrationStep(StepKind.DROP_JUNCTION_TABLE, name, "DROP TABLE " + SqlIdentifiers.quote(name)
                    + ";", new RelationshipSql.Junction(name, movedShape.sourceColumn(), movedShape.targetColumn(),
                    renamedConstraints(movedShape, name)).createSql(), true);
        }
        return ArchiveSteps.junction(name, archiveName(name));
    }

    private String archiveName(String name) {
        return ArchiveNames.of(name, toVersion, options.clock());
    }

    /** A junction's constraints named after the junction's real (old) name. */
    private static List<FieldSql.NamedSql> renamedConstraints(RelationshipSql.Junction shape, String name) {
        List<FieldSql.NamedSql> constraints = new ArrayList<>();
        for (FieldSql.NamedSql c : shape.constraints()) {
            String suffix = c.name().substring(shape.name().length());
            constraints.add(new FieldSql.NamedSql(c.role(), ConstraintNames.of(name + suffix), c.body()));
        }
        return constraints;
    }

    /** Objects of a junction table that is removed or added are handled with the table itself. */
    private static boolean owned(String key, List<String> keptJunctions) {
        String junction = SchemaObjects.junctionOwner(key);
        return junction == null || keptJunctions.contains(junction);
    }

    /**
     * The columns the planner may change, keyed by stable id: custom fields, one-to-one keys and deleted_at on the
     * entity's table, and one-to-many keys on their target's table (the entity's own for a self-reference).
     */
    private Map<String, Placed> columns(EntityDefinition entity) {
        Map<String, Placed> columns = new LinkedHashMap<>();
        if (entity.options().softDelete()) {
            own(columns, ColumnSpec.of(SystemFields.DELETED_AT));
        }
        for (FieldDefinition field : entity.fields()) {
            own(columns, ColumnSpec.of(field));
        }
        for (RelationshipDefinition relationship : entity.relationships()) {
            if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
                own(columns, RelationshipSql.oneToOneColumn(relationship));
            } else if (relationship.kind() == RelationshipKind.ONE_TO_MANY) {
                ColumnSpec column = RelationshipSql.oneToManyColumn(entity, relationship);
                if (relationship.targetEntity().equals(entity.name())) {
                    own(columns, column);
                } else {
                    String target = tableOfEntity.apply(relationship.targetEntity());
                    columns.put(column.key(), new Placed(target, target, column));
                }
            }
        }
        return columns;
    }

    private void own(Map<String, Placed> columns, ColumnSpec column) {
        columns.put(column.key(), new Placed(previous.tableName(), next.tableName(), column));
    }

    /**
     * A column and its table: {@code tableBefore} as the table is named before the migration (for row checks),
     * {@code table} as it is named while the column steps run (after the table renames).
     */
    private record Placed(String tableBefore, String table, ColumnSpec column) {
    }

    private Map<String, RelationshipSql.Junction> junctions(EntityDefinition entity) {
        Map<String, RelationshipSql.Junction> junctions = new LinkedHashMap<>();
        for (RelationshipDefinition relationship : entity.relationships()) {
            if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                junctions.put(relationship.id(), RelationshipSql.junction(entity, relationship, tableOfEntity));
            }
        }
        return junctions;
    }

    /** Steps and checks, before the planner wraps them with versions. */
    record CheckedPlanParts(List<MigrationStep> steps, List<RowCheck> checks) {
    }
}
