package io.buildify.core.migration;

import io.buildify.core.migration.FieldSql.NamedSql;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.validation.RelationshipNames;

import java.util.List;
import java.util.function.Function;

/**
 * The SQL a relationship owns: a one-to-one's unique foreign key column on the source table, a one-to-many's
 * indexed foreign key column on the target table, a many-to-many's junction table. Shared by CREATE and ALTER plans so both produce the same names and bodies.
 */
final class RelationshipSql {
    private static final String INDENT = "    ";

    private RelationshipSql() {
    }

    /** ONE_TO_ONE: {@code "<rel>_id" UUID [NOT NULL]}. */
    static ColumnSpec oneToOneColumn(RelationshipDefinition relationship) {
        return new ColumnSpec("relationship:" + relationship.id(), RelationshipNames.oneToOneColumn(relationship),
                "UUID", relationship.required(), null);
    }

    /** ONE_TO_ONE: its foreign key and its unique key, in that order. */
    static List<NamedSql> oneToOneConstraints(String table, RelationshipDefinition relationship,
                                              Function<String, String> tableOfEntity) {
        String columnName = RelationshipNames.oneToOneColumn(relationship);
        String column = SqlIdentifiers.quote(columnName);
        return List.of(
                new NamedSql("fkey", ConstraintNames.of(table, columnName, "fkey"), "FOREIGN KEY (" + column
                        + ") REFERENCES " + SqlIdentifiers.quote(tableOfEntity.apply(relationship.targetEntity()))
                        + " (\"id\")" + referentialActions(relationship)),
                new NamedSql("key", ConstraintNames.of(table, columnName, "key"), "UNIQUE (" + column + ")"));
    }

    /**
     * ONE_TO_MANY: {@code "<source>_id" UUID [NOT NULL]} on the target ("many") table. Its key names the target too,
     * so pointing the relationship at another entity archives the old column and adds a new one.
     */
    static ColumnSpec oneToManyColumn(EntityDefinition source, RelationshipDefinition relationship) {
        return new ColumnSpec(oneToManyOwner(relationship), RelationshipNames.oneToManyColumn(source, relationship),
                "UUID", relationship.required(), null);
    }

    static String oneToManyOwner(RelationshipDefinition relationship) {
        return "relationship:" + relationship.id() + "@" + relationship.targetEntity();
    }

    /** ONE_TO_MANY: the table that holds the foreign key column, the source's own for a self-reference. */
    static String oneToManyTable(EntityDefinition source, RelationshipDefinition relationship,
                                 Function<String, String> tableOfEntity) {
        return tableOf(source, relationship.targetEntity(), tableOfEntity);
    }

    /**
     * ONE_TO_MANY: the foreign key on the target table. Named after the source table and the relationship (not
     * the target table), so the source's plans always know its name, even after the target table was renamed.
     */
    static NamedSql oneToManyForeignKey(EntityDefinition source, RelationshipDefinition relationship) {
        String column = SqlIdentifiers.quote(RelationshipNames.oneToManyColumn(source, relationship));
        return new NamedSql("many_fkey", ConstraintNames.of(source.tableName(), relationship.name(), "fkey"),
                "FOREIGN KEY (" + column + ") REFERENCES " + SqlIdentifiers.quote(source.tableName()) + " (\"id\")"
                        + referentialActions(relationship));
    }

    /** ONE_TO_MANY: the index on the foreign key column, so the "many" rows of one source row are found fast. */
    static IndexSql.IndexSpec oneToManyIndex(EntityDefinition source, RelationshipDefinition relationship,
                                             Function<String, String> tableOfEntity) {
        return new IndexSql.IndexSpec(ConstraintNames.of(source.tableName(), relationship.name(), "idx"),
                oneToManyTable(source, relationship, tableOfEntity), false, "USING btree ("
                + SqlIdentifiers.quote(RelationshipNames.oneToManyColumn(source, relationship)) + ")");
    }

    /** MANY_TO_MANY: the junction table of {@code relationship} declared on {@code source}. */
    static Junction junction(EntityDefinition source, RelationshipDefinition relationship,
                             Function<String, String> tableOfEntity) {
        String name = RelationshipNames.junctionTable(source, relationship);
        String sourceColumn = RelationshipNames.junctionSourceColumn(source);
        String targetColumn = RelationshipNames.junctionTargetColumn(source, relationship);
        String actions = referentialActions(relationship);
        List<NamedSql> constraints = List.of(
                new NamedSql("junction_pkey", ConstraintNames.of(name, "pkey"), "PRIMARY KEY ("
                        + SqlIdentifiers.quote(sourceColumn) + ", " + SqlIdentifiers.quote(targetColumn) + ")"),
                new NamedSql("junction_source_fkey", ConstraintNames.of(name, sourceColumn, "fkey"), "FOREIGN KEY ("
                        + SqlIdentifiers.quote(sourceColumn) + ") REFERENCES "
                        + SqlIdentifiers.quote(source.tableName()) + " (\"id\")" + actions),
                new NamedSql("junction_target_fkey", ConstraintNames.of(name, targetColumn, "fkey"), "FOREIGN KEY ("
                        + SqlIdentifiers.quote(targetColumn) + ") REFERENCES "
                        + SqlIdentifiers.quote(tableOf(source, relationship.targetEntity(), tableOfEntity))
                        + " (\"id\")" + actions));
        return new Junction(name, sourceColumn, targetColumn, constraints);
    }

    static String referentialActions(RelationshipDefinition relationship) {
        return " ON DELETE " + relationship.onDelete().sql() + " ON UPDATE " + relationship.onUpdate().sql();
    }

    private static String tableOf(EntityDefinition source, String entity, Function<String, String> tableOfEntity) {
        return entity.equals(source.name()) ? source.tableName() : tableOfEntity.apply(entity);
    }

    /**
     * A junction table: two UUID columns, a composite primary key and two foreign keys. The relationship's ON
     * DELETE/ON UPDATE apply to both keys: a junction row means nothing without either end.
     */
    record Junction(String name, String sourceColumn, String targetColumn, List<NamedSql> constraints) {
        String createSql() {
            StringBuilder sql = new StringBuilder("CREATE TABLE ").append(SqlIdentifiers.quote(name)).append(" (\n")
                    .append(INDENT).append(SqlIdentifiers.quote(sourceColumn)).append(" UUID NOT NULL,\n")
                    .append(INDENT).append(SqlIdentifiers.quote(targetColumn)).append(" UUID NOT NULL");
            for (NamedSql constraint : constraints) {
                sql.append(",\n").append(INDENT).append(constraint.sql());
            }
            return sql.append("\n);").toString();
        }

        /** Same columns means the same table, whatever it is called and whatever its keys do. */
        boolean sameShape(Junction other) {
            return sourceColumn.equals(other.sourceColumn) && targetColumn.equals(other.targetColumn);
        }
    }
}
