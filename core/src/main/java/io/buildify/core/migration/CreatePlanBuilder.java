package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;
import io.buildify.core.validation.InvalidDefinitionException;
import io.buildify.core.validation.ValidationProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the steps of a CREATE migration for a valid entity: the table with its system columns, custom columns and
 * named constraints, then junction tables, then indexes. Index and constraint steps have no down SQL of their own:
 * dropping the table drops them.
 */
final class CreatePlanBuilder {
    private static final String INDENT = "    ";

    private final EntityDefinition entity;
    private final Function<String, String> tableOfEntity;
    private final String table;
    /** Every relation/constraint name this plan creates, with the definition path that caused it. */
    private final Map<String, String> createdNames = new HashMap<>();
    private final List<MigrationStep> steps = new ArrayList<>();
    private final List<RowCheck> checks = new ArrayList<>();

    CreatePlanBuilder(EntityDefinition entity, Function<String, String> tableOfEntity) {
        this.entity = entity;
        this.tableOfEntity = tableOfEntity;
        this.table = entity.tableName();
    }

    List<MigrationStep> build() {
        claim(table, "table_name");
        claim(ConstraintNames.of(table, "pkey"), "table_name");
        createTable();
        createJunctionTables();
        createFieldIndexes();
        createOneToMany();
        createDefinedIndexes();
        return List.copyOf(steps);
    }

    /** The row checks of the plan: a required one-to-many column cannot be added to a target table with rows. */
    List<RowCheck> checks() {
        return List.copyOf(checks);
    }

    /**
     * One-to-many relationships: the foreign key column, its key and its index on the target's table. On another
     * entity's table the steps undo themselves (the down script drops the column before this table); on the
     * entity's own table the column and key came with CREATE TABLE and the index goes with the table.
     */
    private void createOneToMany() {
        List<RelationshipDefinition> relationships = entity.relationships();
        for (int i = 0; i < relationships.size(); i++) {
            RelationshipDefinition relationship = relationships.get(i);
            if (relationship.kind() != RelationshipKind.ONE_TO_MANY) {
                continue;
            }
            String path = "relationships[" + i + "]";
            IndexSql.IndexSpec index = RelationshipSql.oneToManyIndex(entity, relationship, tableOfEntity);
            claim(index.name(), path);
            ColumnSpec column = RelationshipSql.oneToManyColumn(entity, relationship);
            String object = index.table() + "." + column.name();
            if (relationship.targetEntity().equals(entity.name())) {
                steps.add(new MigrationStep(StepKind.CREATE_INDEX, object, index.createSql(), null, false));
                continue;
            }
            steps.add(ColumnSteps.add(index.table(), column));
            if (column.notNull()) {
                checks.add(ColumnSteps.addCheck(index.table(), column));
            }
            FieldSql.NamedSql key = RelationshipSql.oneToManyForeignKey(entity, relationship);
            SchemaObject foreignKey = new SchemaObject(key.role(), SchemaObject.Type.FOREIGN_KEY, key.name(),
                    index.table(), false, key.body(), object);
            steps.add(new MigrationStep(StepKind.ADD_FOREIGN_KEY, object, foreignKey.createSql(),
                    foreignKey.dropSql(), false));
            steps.add(new MigrationStep(StepKind.CREATE_INDEX, object, index.createSql(),
                    "DROP INDEX " + SqlIdentifiers.quote(index.name()) + ";", false));
        }
    }

    private void createTable() {
        List<String> lines = new ArrayList<>();
        for (SystemField system : SystemFields.of(entity)) {
            lines.add(systemColumn(system));
        }
        List<String> constraints = new ArrayList<>();
        List<FieldDefinition> fields = entity.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            lines.add(ColumnSpec.of(field).definition());
            for (FieldSql.NamedSql constraint : FieldSql.constraints(table, field, tableOfEntity)) {
                claim(constraint.name(), "fields[" + i + "]");
                constraints.add(constraint.sql());
            }
        }
        List<RelationshipDefinition> relationships = entity.relationships();
        for (int i = 0; i < relationships.size(); i++) {
            RelationshipDefinition relationship = relationships.get(i);
            if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
                oneToOne(relationship, "relationships[" + i + "]", lines, constraints);
            } else if (relationship.kind() == RelationshipKind.ONE_TO_MANY
                    && relationship.targetEntity().equals(entity.name())) {
                lines.add(RelationshipSql.oneToManyColumn(entity, relationship).definition());
                FieldSql.NamedSql key = RelationshipSql.oneToManyForeignKey(entity, relationship);
                claim(key.name(), "relationships[" + i + "]");
                constraints.add(key.sql());
            }
        }
        lines.addAll(constraints);
        String sql = "CREATE TABLE " + SqlIdentifiers.quote(table) + " (\n" + INDENT
                + String.join(",\n" + INDENT, lines) + "\n);";
        steps.add(new MigrationStep(StepKind.CREATE_TABLE, table, sql, dropTable(table), false));
    }

    private static String systemColumn(SystemField system) {
        String column = SqlIdentifiers.quote(system.name()) + " " + system.sqlType();
        if (system.equals(SystemFields.ID)) {
            return column + " PRIMARY KEY DEFAULT gen_random_uuid()";
        }
        if (system.equals(SystemFields.CREATED_AT) || system.equals(SystemFields.UPDATED_AT)) {
            return column + " NOT NULL DEFAULT now()";
        }
        return system.nullable() ? column : column + " NOT NULL";
    }

    private void oneToOne(RelationshipDefinition relationship, String path, List<String> lines,
                          List<String> constraints) {
        lines.add(RelationshipSql.oneToOneColumn(relationship).definition());
        for (FieldSql.NamedSql constraint : RelationshipSql.oneToOneConstraints(table, relationship, tableOfEntity)) {
            claim(constraint.name(), path);
            constraints.add(constraint.sql());
        }
    }

    private void createJunctionTables() {
        List<RelationshipDefinition> relationships = entity.relationships();
        for (int i = 0; i < relationships.size(); i++) {
            RelationshipDefinition relationship = relationships.get(i);
            if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                junctionTable(relationship, "relationships[" + i + "]");
            }
        }
    }

    private void junctionTable(RelationshipDefinition relationship, String path) {
        RelationshipSql.Junction junction = RelationshipSql.junction(entity, relationship, tableOfEntity);
        claim(junction.name(), path + ".junction_table");
        junction.constraints().forEach(constraint -> claim(constraint.name(), path));
        steps.add(new MigrationStep(StepKind.CREATE_JUNCTION_TABLE, junction.name(), junction.createSql(),
                dropTable(junction.name()), false));
    }

    private void createFieldIndexes() {
        List<FieldDefinition> fields = entity.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            String path = "fields[" + i + "].indexed";
            IndexSql.fieldIndex(table, field).ifPresent(index -> {
                claim(index.name(), path);
                steps.add(new MigrationStep(StepKind.CREATE_INDEX, table + "." + field.name(), index.createSql(),
                        null, false));
            });
        }
    }

    private void createDefinedIndexes() {
        List<IndexDefinition> indexes = entity.indexes();
        for (int i = 0; i < indexes.size(); i++) {
            IndexDefinition index = indexes.get(i);
            claim(index.name(), "indexes[" + i + "].name");
            steps.add(new MigrationStep(StepKind.CREATE_INDEX, table + "." + index.name(),
                    IndexSql.defined(table, index).createSql(), null, false));
        }
    }

    private static String dropTable(String name) {
        return "DROP TABLE " + SqlIdentifiers.quote(name) + ";";
    }

    /**
     * Tables, indexes and unique constraints share one PostgreSQL namespace, so a user's index name may clash
     * with a name the planner generates; say which one instead of letting PostgreSQL fail at publish time.
     */
    private String claim(String name, String path) {
        String earlier = createdNames.putIfAbsent(name, path);
        if (earlier != null) {
            throw new InvalidDefinitionException(List.of(ValidationProblem.error(path,
                    "the name '" + name + "' is already used by " + (earlier.isEmpty() ? "the table" : earlier))));
        }
        return name;
    }
}
