package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each column of an entity's table holds after a migration, for the rows that exist before it, written as SQL
 * against the table before it: row checks ask today's rows about tomorrow's columns. A kept column is read under
 * its old name, through the migration's own conversion when its type changes (NULL where that conversion would
 * refuse the value: the type change's own check counts those rows, and a guarded cast never fails the query); a
 * column the migration adds holds its default, or NULL, on every existing row. Only the columns the entity's
 * definition places on its own table: those that other entities' one-to-many relationships keep there are not
 * known here, so a caller meeting one skips its check.
 */
final class PreMigrationColumns {
    private PreMigrationColumns() {
    }

    /** Column name after the migration -> the SQL expression of its value, read from the table before it. */
    static Map<String, String> of(EntityDefinition previous, EntityDefinition next) {
        Map<String, ColumnSpec> before = byKey(previous);
        Map<String, String> values = new LinkedHashMap<>();
        for (ColumnSpec now : byKey(next).values()) {
            ColumnSpec was = before.get(now.key());
            values.put(now.name(), was == null ? added(now) : kept(was, now));
        }
        return values;
    }

    private static String added(ColumnSpec column) {
        return "(" + (column.defaultSql() == null ? "NULL" : column.defaultSql()) + ")::" + column.sqlType();
    }

    private static String kept(ColumnSpec was, ColumnSpec now) {
        String column = SqlIdentifiers.quote(was.name());
        if (was.sqlType().equals(now.sqlType())) {
            return column;
        }
        return "(" + TypeChanges.convertedOrNull(column, was.sqlType(), now.sqlType()) + ")::" + now.sqlType();
    }

    /** The columns on the entity's own table, keyed as {@link AlterPlanBuilder} matches them across versions. */
    private static Map<String, ColumnSpec> byKey(EntityDefinition entity) {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        for (SystemField system : SystemFields.of(entity)) {
            put(columns, ColumnSpec.of(system));
        }
        for (FieldDefinition field : entity.fields()) {
            put(columns, ColumnSpec.of(field));
        }
        for (RelationshipDefinition relationship : entity.relationships()) {
            if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
                put(columns, RelationshipSql.oneToOneColumn(relationship));
            } else if (relationship.kind() == RelationshipKind.ONE_TO_MANY
                    && relationship.targetEntity().equals(entity.name())) {
                put(columns, RelationshipSql.oneToManyColumn(entity, relationship));
            }
        }
        return columns;
    }

    private static void put(Map<String, ColumnSpec> columns, ColumnSpec column) {
        columns.put(column.key(), column);
    }
}
