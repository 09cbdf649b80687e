package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the rows that a unique index would refuse: rows whose values in all of the index's columns are shared with
 * another row (a NULL in any column never clashes, as in PostgreSQL), among the rows its WHERE keeps when it is
 * partial. Asked of a new or re-created index, and of a kept one over a column that changes type (ALTER COLUMN TYPE
 * rebuilds it over the converted values, which may collide where the old ones did not: 12:30 on two days is one time
 * of day). Asked of the table as it is before the migration, each column read as it will be after it
 * ({@link PreMigrationColumns}: a renamed one by its old name, a converted one through its conversion, a new one as
 * its default), in the index's columns and in its WHERE alike. When the WHERE names something that reading does not
 * know ({@link WhereColumns#substitute}) there is no check, since one check that cannot run would fail all of them
 * (the server folds them into one query); the transaction still protects (PostgreSQL refuses the index, nothing
 * changes).
 */
final class UniqueIndexCheck {
    private UniqueIndexCheck() {
    }

    /** The check of a new or re-created index. */
    static Optional<RowCheck> of(String key, EntityDefinition previous, EntityDefinition next) {
        return index(key, next).flatMap(index -> check(index, previous, next));
    }

    /** The check of a kept index, when one of its columns changes type (else its rows are known to fit). */
    static Optional<RowCheck> ofKept(String key, EntityDefinition previous, EntityDefinition next) {
        return index(key, next).filter(index -> !converted(index, previous, next).isEmpty())
                .flatMap(index -> check(index, previous, next));
    }

    private static Optional<IndexDefinition> index(String key, EntityDefinition next) {
        if (!key.startsWith("index:")) {
            return Optional.empty();
        }
        String id = key.substring("index:".length());
        return next.indexes().stream().filter(i -> i.id().equals(id) && i.unique() && !i.columns().isEmpty())
                .findFirst();
    }

    private static Optional<RowCheck> check(IndexDefinition index, EntityDefinition previous, EntityDefinition next) {
        Map<String, String> values = PreMigrationColumns.of(previous, next);
        List<String> columns = new ArrayList<>();
        for (String column : index.columns()) {
            String value = values.get(column);
            if (value == null) {
                return Optional.empty();
            }
            columns.add(value);
        }
        String where = null;
        if (index.where() != null && !index.where().isBlank()) {
            Optional<String> substituted = WhereColumns.substitute(index.where().strip(), values);
            if (substituted.isEmpty()) {
                return Optional.empty();
            }
            where = substituted.get();
        }
        List<String> converted = converted(index, previous, next);
        return Optional.of(new RowCheck(previous.tableName() + "." + index.name(), index.name(),
                ConstraintCheck.duplicates(previous.tableName(), columns, where),
                "share their values of (" + String.join(", ", index.columns()) + ") with another row"
                        + (where == null ? "" : " where (" + index.where().strip() + ")")
                        + (converted.isEmpty() ? "" : " once converted (" + String.join(", ", converted) + ")")
                        + ", but the index is unique"));
    }

    /** "column to TYPE" for each of the index's fields whose column type changes. */
    private static List<String> converted(IndexDefinition index, EntityDefinition previous, EntityDefinition next) {
        List<String> converted = new ArrayList<>();
        for (String column : index.columns()) {
            FieldDefinition now = next.fieldNamed(column).orElse(null);
            FieldDefinition was = now == null ? null : previous.field(now.id()).orElse(null);
            if (was != null && !PostgresTypes.columnType(was).equals(PostgresTypes.columnType(now))) {
                converted.add(column + " to " + PostgresTypes.columnType(now));
            }
        }
        return converted;
    }
}
