package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;
import io.buildify.core.validation.InvalidDefinitionException;
import io.buildify.core.validation.RelationshipNames;
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
        createDefinedIndexes();
        return List.copyOf(steps);
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
            lines.add(FieldSql.column(field));
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
            } else if (relationship.kind() == RelationshipKind.ONE_TO_MANY) {
                throw new UnsupportedChangeException("relationships[" + i + "]: a one_to_many relationship adds a "
                        + "column to the table of '" + relationship.targetEntity()
                        + "'; that is planned by the migration engine, not yet by CREATE");
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
        String columnName = RelationshipNames.oneToOneColumn(relationship);
        String column = SqlIdentifiers.quote(columnName);
        lines.add(column + " UUID" + (relationship.required() ? " NOT NULL" : ""));
        String fkey = claim(ConstraintNames.of(table, columnName, "fkey"), path);
        constraints.add("CONSTRAINT " + SqlIdentifiers.quote(fkey) + " FOREIGN KEY (" + column + ") REFERENCES "
                + SqlIdentifiers.quote(tableOfEntity.apply(relationship.targetEntity())) + " (\"id\")"
                + referentialActions(relationship));
        String key = claim(ConstraintNames.of(table, columnName, "key"), path);
        constraints.add("CONSTRAINT " + SqlIdentifiers.quote(key) + " UNIQUE (" + column + ")");
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

    /** The relationship's ON DELETE/ON UPDATE apply to both keys: a junction row means nothing without either end. */
    private void junctionTable(RelationshipDefinition relationship, String path) {
        String junction = claim(RelationshipNames.junctionTable(entity, relationship), path + ".junction_table");
        String sourceColumn = RelationshipNames.junctionSourceColumn(entity);
        String targetColumn = RelationshipNames.junctionTargetColumn(entity, relationship);
        String pkey = claim(ConstraintNames.of(junction, "pkey"), path);
        String sourceKey = claim(ConstraintNames.of(junction, sourceColumn, "fkey"), path);
        String targetKey = claim(ConstraintNames.of(junction, targetColumn, "fkey"), path);
        String actions = referentialActions(relationship);
        List<String> lines = List.of(
                SqlIdentifiers.quote(sourceColumn) + " UUID NOT NULL",
                SqlIdentifiers.quote(targetColumn) + " UUID NOT NULL",
                "CONSTRAINT " + SqlIdentifiers.quote(pkey) + " PRIMARY KEY (" + SqlIdentifiers.quote(sourceColumn)
                        + ", " + SqlIdentifiers.quote(targetColumn) + ")",
                "CONSTRAINT " + SqlIdentifiers.quote(sourceKey) + " FOREIGN KEY (" + SqlIdentifiers.quote(sourceColumn)
                        + ") REFERENCES " + SqlIdentifiers.quote(table) + " (\"id\")" + actions,
                "CONSTRAINT " + SqlIdentifiers.quote(targetKey) + " FOREIGN KEY (" + SqlIdentifiers.quote(targetColumn)
                        + ") REFERENCES " + SqlIdentifiers.quote(tableOfEntity.apply(relationship.targetEntity()))
                        + " (\"id\")" + actions);
        String sql = "CREATE TABLE " + SqlIdentifiers.quote(junction) + " (\n" + INDENT
                + String.join(",\n" + INDENT, lines) + "\n);";
        steps.add(new MigrationStep(StepKind.CREATE_JUNCTION_TABLE, junction, sql, dropTable(junction), false));
    }

    /** Fields marked indexed get a btree index, or gin for json and multiple_select; unique ones already have one. */
    private void createFieldIndexes() {
        List<FieldDefinition> fields = entity.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            if (!field.indexed() || field.unique()) {
                continue;
            }
            String name = claim(ConstraintNames.of(table, field.name(), "idx"), "fields[" + i + "].indexed");
            String method = field.type() == FieldType.JSON || field.type() == FieldType.MULTIPLE_SELECT
                    ? "gin" : "btree";
            String sql = "CREATE INDEX " + SqlIdentifiers.quote(name) + " ON " + SqlIdentifiers.quote(table)
                    + " USING " + method + " (" + SqlIdentifiers.quote(field.name()) + ");";
            steps.add(new MigrationStep(StepKind.CREATE_INDEX, table + "." + field.name(), sql, null, false));
        }
    }

    private void createDefinedIndexes() {
        List<IndexDefinition> indexes = entity.indexes();
        for (int i = 0; i < indexes.size(); i++) {
            IndexDefinition index = indexes.get(i);
            claim(index.name(), "indexes[" + i + "].name");
            StringBuilder sql = new StringBuilder(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                    .append(SqlIdentifiers.quote(index.name())).append(" ON ").append(SqlIdentifiers.quote(table))
                    .append(" USING ").append(index.method().code()).append(" (")
                    .append(String.join(", ", index.columns().stream().map(SqlIdentifiers::quote).toList()))
                    .append(')');
            if (index.where() != null && !index.where().isBlank()) {
                sql.append(" WHERE (").append(index.where().strip()).append(')');
            }
            sql.append(';');
            steps.add(new MigrationStep(StepKind.CREATE_INDEX, table + "." + index.name(), sql.toString(), null,
                    false));
        }
    }

    private static String referentialActions(RelationshipDefinition relationship) {
        return " ON DELETE " + relationship.onDelete().sql() + " ON UPDATE " + relationship.onUpdate().sql();
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
