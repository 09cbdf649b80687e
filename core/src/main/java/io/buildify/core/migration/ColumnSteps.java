package io.buildify.core.migration;

import java.util.List;

/**
 * The steps that change one column of an existing table, each with its exact inverse, and the row checks that go
 * with them. {@code table} is the table's name at the point of the plan where the step runs.
 */
final class ColumnSteps {
    private ColumnSteps() {
    }

    static MigrationStep add(String table, ColumnSpec column) {
        return new MigrationStep(StepKind.ADD_COLUMN, table + "." + column.name(),
                alter(table) + " ADD COLUMN " + column.definition() + ";",
                alter(table) + " DROP COLUMN " + q(column.name()) + ";", false);
    }

    /** A new NOT NULL column without a default cannot be added to a table that has rows. */
    static RowCheck addCheck(String oldTable, ColumnSpec column) {
        return new RowCheck(oldTable + "." + column.name(), column.name(), "SELECT count(*) FROM " + q(oldTable),
                "would have no value, but the new field is required and has no default value");
    }

    /**
     * A new unique column with a default gives every existing row the same value, which the UNIQUE constraint
     * refuses once the table has two rows or more; all of them count.
     */
    static RowCheck addUniqueWithDefaultCheck(String oldTable, ColumnSpec column) {
        return new RowCheck(oldTable + "." + column.name(), column.name(), "SELECT CASE WHEN count(*) > 1 THEN count(*)"
                + " ELSE 0 END FROM " + q(oldTable), "would all get the same default value, but the new field is unique");
    }

    /**
     * Renames the column aside and drops its NOT NULL, so new rows can still be inserted; the data stays. Its
     * constraints and indexes were dropped by earlier steps, which frees their names for a future field.
     */
    static MigrationStep archive(String table, ColumnSpec column, String archived) {
        String rename = alter(table) + " RENAME COLUMN " + q(column.name()) + " TO " + q(archived) + ";";
        String restore = alter(table) + " RENAME COLUMN " + q(archived) + " TO " + q(column.name()) + ";";
        if (column.notNull()) {
            rename += "\n" + alter(table) + " ALTER COLUMN " + q(archived) + " DROP NOT NULL;";
            restore = alter(table) + " ALTER COLUMN " + q(archived) + " SET NOT NULL;\n" + restore;
        }
        return new MigrationStep(StepKind.ARCHIVE_COLUMN, table + "." + column.name(), rename, restore, true);
    }

    /** The values are gone for good; the down script can only bring the empty column back. */
    static MigrationStep drop(String table, ColumnSpec column) {
        return new MigrationStep(StepKind.DROP_COLUMN, table + "." + column.name(),
                alter(table) + " DROP COLUMN " + q(column.name()) + ";",
                alter(table) + " ADD COLUMN " + column.definition() + ";", true);
    }

    /** The impact names the column by its new name, or by its old one while it waits under a temporary name. */
    static MigrationStep rename(String table, String from, String to) {
        String shown = RenameOrder.TEMPORARY.matcher(to).matches() ? from : to;
        return new MigrationStep(StepKind.RENAME_COLUMN, table + "." + shown,
                alter(table) + " RENAME COLUMN " + q(from) + " TO " + q(to) + ";",
                alter(table) + " RENAME COLUMN " + q(to) + " TO " + q(from) + ";", false);
    }

    /**
     * Type, default and nullability of a kept column (already under its new name). A default is dropped before a
     * type change and set after it, because PostgreSQL would otherwise try to cast the old default expression.
     */
    static List<MigrationStep> alter(String table, ColumnSpec before, ColumnSpec after) {
        String column = q(after.name());
        String object = table + "." + after.name();
        List<MigrationStep> steps = new java.util.ArrayList<>();
        boolean typeChanges = !before.sqlType().equals(after.sqlType());
        boolean defaultChanges = !java.util.Objects.equals(before.defaultSql(), after.defaultSql());
        if (typeChanges) {
            if (before.defaultSql() != null) {
                steps.add(new MigrationStep(StepKind.DROP_DEFAULT, object, alterColumn(table, column) + " DROP DEFAULT;",
                        alterColumn(table, column) + " SET DEFAULT " + before.defaultSql() + ";", false));
            }
            steps.add(new MigrationStep(StepKind.ALTER_COLUMN_TYPE, object,
                    alterColumn(table, column) + " TYPE " + after.sqlType() + " USING "
                            + TypeChanges.using(column, before.sqlType(), after.sqlType()) + ";",
                    alterColumn(table, column) + " TYPE " + before.sqlType() + " USING "
                            + TypeChanges.using(column, after.sqlType(), before.sqlType()) + ";",
                    TypeChanges.narrowing(before.sqlType(), after.sqlType())));
            if (after.defaultSql() != null) {
                steps.add(new MigrationStep(StepKind.SET_DEFAULT, object,
                        alterColumn(table, column) + " SET DEFAULT " + after.defaultSql() + ";",
                        alterColumn(table, column) + " DROP DEFAULT;", false));
            }
        } else if (defaultChanges) {
            String restore = before.defaultSql() == null ? " DROP DEFAULT;" : " SET DEFAULT " + before.defaultSql() + ";";
            steps.add(after.defaultSql() == null
                    ? new MigrationStep(StepKind.DROP_DEFAULT, object, alterColumn(table, column) + " DROP DEFAULT;",
                            alterColumn(table, column) + restore, false)
                    : new MigrationStep(StepKind.SET_DEFAULT, object,
                            alterColumn(table, column) + " SET DEFAULT " + after.defaultSql() + ";",
                            alterColumn(table, column) + restore, false));
        }
        if (before.notNull() != after.notNull()) {
            String set = alterColumn(table, column) + " SET NOT NULL;";
            String drop = alterColumn(table, column) + " DROP NOT NULL;";
            steps.add(after.notNull() ? new MigrationStep(StepKind.SET_NOT_NULL, object, set, drop, false)
                    : new MigrationStep(StepKind.DROP_NOT_NULL, object, drop, set, false));
        }
        return steps;
    }

    /** The checks for {@link #alter}, asked of the column as it is before the migration ({@code oldTable}). */
    static List<RowCheck> alterChecks(String oldTable, ColumnSpec before, ColumnSpec after) {
        List<RowCheck> checks = new java.util.ArrayList<>();
        String column = q(before.name());
        String object = oldTable + "." + before.name();
        String failing = before.sqlType().equals(after.sqlType()) ? null
                : TypeChanges.failingRows(column, before.sqlType(), after.sqlType());
        if (failing != null) {
            checks.add(new RowCheck(object, after.name(), count(oldTable, failing),
                    TypeChanges.problem(after.sqlType())));
        }
        if (after.notNull() && !before.notNull()) {
            checks.add(new RowCheck(object, after.name(), count(oldTable, column + " IS NULL"),
                    "have no value, but the field is now required"));
        }
        return checks;
    }

    static String count(String table, String condition) {
        return "SELECT count(*) FROM " + q(table) + " WHERE " + condition;
    }

    private static String alterColumn(String table, String quotedColumn) {
        return alter(table) + " ALTER COLUMN " + quotedColumn;
    }

    private static String alter(String table) {
        return "ALTER TABLE " + q(table);
    }

    private static String q(String name) {
        return SqlIdentifiers.quote(name);
    }
}
