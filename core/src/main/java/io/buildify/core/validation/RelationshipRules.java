package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules about the relationships declared on an entity. */
final class RelationshipRules {
    private RelationshipRules() {
    }

    /**
     * @param columnsSoFar system and custom column names of the entity's table; the one-to-one foreign key columns
     *                     found valid are added to it
     */
    static void check(EntityDefinition entity, Set<String> columnsSoFar, Problems problems) {
        List<RelationshipDefinition> relationships = entity.relationships();
        Set<String> names = new HashSet<>();
        Set<String> manyColumns = new HashSet<>();
        for (int i = 0; i < relationships.size(); i++) {
            RelationshipDefinition relationship = relationships.get(i);
            String path = "relationships[" + i + "]";
            if (problems.identifier(path + ".name", relationship.name()) && !names.add(relationship.name())) {
                problems.error(path + ".name", "another relationship is already named '" + relationship.name() + "'");
            }
            if (Problems.isBlank(relationship.targetEntity())) {
                problems.error(path + ".target_entity", "a relationship must name its target entity");
                continue;
            }
            if (!problems.identifier(path + ".target_entity", relationship.targetEntity())) {
                continue;
            }
            if (relationship.required() && (relationship.onDelete() == ReferentialAction.SET_NULL
                    || relationship.onUpdate() == ReferentialAction.SET_NULL)) {
                problems.error(path + (relationship.onDelete() == ReferentialAction.SET_NULL ? ".on_delete"
                        : ".on_update"), "SET NULL contradicts a required relationship");
            }
            switch (relationship.kind()) {
                case ONE_TO_ONE -> checkOneToOne(relationship, path, columnsSoFar, problems);
                case ONE_TO_MANY -> checkOneToMany(entity, relationship, path, columnsSoFar, manyColumns, problems);
                case MANY_TO_MANY -> checkManyToMany(entity, relationship, path, problems);
            }
        }
    }

    private static void checkOneToOne(RelationshipDefinition relationship, String path, Set<String> columns,
                                      Problems problems) {
        String column = RelationshipNames.oneToOneColumn(relationship);
        if (problems.identifier(path + ".foreign_key_column", column) && !columns.add(column)) {
            problems.error(path + ".foreign_key_column",
                    "the table already has a column '" + column + "'; choose another foreign_key_column");
        }
    }

    /**
     * The column goes on the target's table: on the entity's own for a self-reference (so it must not clash with
     * its columns), and two one-to-many relationships to the same target cannot share it.
     */
    private static void checkOneToMany(EntityDefinition entity, RelationshipDefinition relationship, String path,
                                       Set<String> columns, Set<String> manyColumns, Problems problems) {
        String column = RelationshipNames.oneToManyColumn(entity, relationship);
        if (!problems.identifier(path + ".foreign_key_column", column)) {
            return;
        }
        if (relationship.targetEntity().equals(entity.name())) {
            checkOneToOne(relationship.withForeignKeyColumn(column), path, columns, problems);
        } else if (!manyColumns.add(relationship.targetEntity() + "." + column)) {
            problems.error(path + ".foreign_key_column", "another one_to_many relationship already adds the column '"
                    + column + "' to '" + relationship.targetEntity() + "'; choose another foreign_key_column");
        }
    }

    private static void checkManyToMany(EntityDefinition entity, RelationshipDefinition relationship, String path,
                                        Problems problems) {
        if (relationship.onDelete() == ReferentialAction.SET_NULL
                || relationship.onUpdate() == ReferentialAction.SET_NULL) {
            problems.error(path + (relationship.onDelete() == ReferentialAction.SET_NULL ? ".on_delete"
                    : ".on_update"), "SET NULL is impossible on a junction table, whose keys form its primary key");
        }
        String table = RelationshipNames.junctionTable(entity, relationship);
        if (problems.identifier(path + ".junction_table", table) && table.equals(entity.tableName())) {
            problems.error(path + ".junction_table", "the junction table cannot be the entity's own table");
        }
        problems.identifier(path + ".junction_table", RelationshipNames.junctionSourceColumn(entity));
        problems.identifier(path + ".junction_table", RelationshipNames.junctionTargetColumn(entity, relationship));
    }
}
