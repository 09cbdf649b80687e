package io.buildify.core.migration;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.SystemField;

/**
 * One column as the planner compares it across versions: {@code key} is stable ({@code field:<id>},
 * {@code relationship:<id>}, {@code system:deleted_at}), so a renamed field is the same column under a new name.
 *
 * @param defaultSql the DEFAULT expression, or null
 */
record ColumnSpec(String key, String name, String sqlType, boolean notNull, String defaultSql) {

    static ColumnSpec of(FieldDefinition field) {
        return new ColumnSpec("field:" + field.id(), field.name(), PostgresTypes.columnType(field), field.required(),
                field.defaultValue() == null ? null : DefaultLiterals.of(field));
    }

    static ColumnSpec of(SystemField system) {
        return new ColumnSpec("system:" + system.name(), system.name(), system.sqlType(), !system.nullable(), null);
    }

    ColumnSpec withName(String newName) {
        return new ColumnSpec(key, newName, sqlType, notNull, defaultSql);
    }

    /** {@code "name" TYPE [NOT NULL] [DEFAULT …]}, as in CREATE TABLE and ADD COLUMN. */
    String definition() {
        return SqlIdentifiers.quote(name) + " " + sqlType + (notNull ? " NOT NULL" : "")
                + (defaultSql == null ? "" : " DEFAULT " + defaultSql);
    }
}
