package io.buildify.core.migration;

import io.buildify.core.model.FieldDefinition;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Counts the rows that break one of a field's table constraints when PostgreSQL validates it: a UNIQUE, CHECK or
 * lookup FOREIGN KEY that is added or re-created, or a UNIQUE or CHECK that stays while its column changes type
 * (ALTER COLUMN TYPE validates those again). Asked of the table as it is before the migration, so the column goes by
 * its old name.
 *
 * <p>When the column changes type, the rule judges each value as the type change converts it. A value that cannot be
 * converted at all is NULL here ({@link TypeChanges#convertedOrNull}; the type change's own check counts it), so no
 * condition can raise an error: the server folds every check into one statement, where one error loses all counts.
 */
final class ConstraintCheck {
    /** The lookup target's alias: not a valid table name, so it never hides the checked table (a self-lookup). */
    private static final String TARGET = "\"Target\"";

    private ConstraintCheck() {
    }

    /**
     * @param role        the constraint's role: {@code key}, {@code fkey} or a CHECK role ({@code length_check} …)
     * @param table       the field's table as named before the migration
     * @param lookupTable for {@code fkey}: the target's table as named before the migration; empty when it has no
     *                    table yet (then there are no rows to point to, and the foreign key step itself reports it)
     */
    static Optional<RowCheck> of(String role, String table, ColumnSpec old, ColumnSpec now, FieldDefinition field,
                                 Optional<String> lookupTable) {
        boolean retyped = !old.sqlType().equals(now.sqlType());
        String object = table + "." + old.name();
        String converted = retyped ? " once converted to " + now.sqlType() : "";
        if (role.equals("fkey")) {
            // qualified: in a self-lookup the target table has a column of the same name
            String value = value(SqlIdentifiers.quote(table) + "." + SqlIdentifiers.quote(old.name()), old, now);
            return lookupTable.map(target -> new RowCheck(object, now.name(), ColumnSteps.count(table, value
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + SqlIdentifiers.quote(target) + " AS " + TARGET
                    + " WHERE " + TARGET + ".\"id\" = " + value + ")"), "point to " + field.lookupEntity()
                    + " records that do not exist"));
        }
        String value = value(SqlIdentifiers.quote(old.name()), old, now);
        if (role.equals("key")) {
            return Optional.of(new RowCheck(object, now.name(), duplicates(table, List.of(value)),
                    "share their value with another row" + converted + ", but the field is " + (retyped ? "" : "now ")
                            + "unique"));
        }
        String condition = FieldSql.checkConditions(field, value).get(role);
        if (condition == null) {
            return Optional.empty();
        }
        String problem = switch (role) {
            case "length_check" -> "hold values whose length is outside the allowed length";
            case "range_check" -> "hold values outside the allowed range";
            default -> "hold values that are not among the allowed values";
        };
        return Optional.of(new RowCheck(object, now.name(), ColumnSteps.count(table, "NOT (" + condition + ")"),
                problem + converted));
    }

    /** The rows of {@code table} whose {@code values} (none NULL) are all the same as another row's. */
    static String duplicates(String table, List<String> values) {
        return duplicates(table, values, null);
    }

    /** {@link #duplicates(String, List)} among the rows {@code where} keeps (a partial index's), if not null. */
    static String duplicates(String table, List<String> values, String where) {
        return "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM " + SqlIdentifiers.quote(table) + " WHERE "
                + values.stream().map(v -> v + " IS NOT NULL").collect(Collectors.joining(" AND "))
                + (where == null ? "" : " AND (" + where + ")") + " GROUP BY " + String.join(", ", values)
                + " HAVING count(*) > 1) AS duplicates";
    }

    /** The column's value under the new type: the column itself, or its conversion (NULL where it fails). */
    private static String value(String column, ColumnSpec old, ColumnSpec now) {
        return old.sqlType().equals(now.sqlType()) ? column
                : TypeChanges.convertedOrNull(column, old.sqlType(), now.sqlType());
    }
}
