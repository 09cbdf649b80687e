package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.IndexDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the rows that a new (or re-created) unique index would refuse: rows whose values in all of the index's
 * columns are shared with another row (a NULL in any column never clashes, as in PostgreSQL), among the rows its
 * WHERE keeps when it is partial. Asked of the table as it is before the migration, each column read as it will
 * be after it ({@link PreMigrationColumns}: a renamed one by its old name, a converted one through its conversion,
 * a new one as its default), in the index's columns and in its WHERE alike. When the WHERE names something that
 * reading does not know ({@link WhereColumns#substitute}) there is no check, since one check that cannot run would
 * fail all of them (the server folds them into one query); the transaction still protects (PostgreSQL refuses the
 * index, nothing changes).
 */
final class UniqueIndexCheck {
    private UniqueIndexCheck() {
    }

    static Optional<RowCheck> of(String key, EntityDefinition previous, EntityDefinition next) {
        if (!key.startsWith("index:")) {
            return Optional.empty();
        }
        String id = key.substring("index:".length());
        IndexDefinition index = next.indexes().stream().filter(i -> i.id().equals(id) && i.unique()).findFirst()
                .orElse(null);
        if (index == null || index.columns().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = PreMigrationColumns.of(previous, next);
        List<String> columns = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (String column : index.columns()) {
            String value = values.get(column);
            if (value == null) {
                return Optional.empty();
            }
            columns.add(value);
            conditions.add(value + " IS NOT NULL");
        }
        boolean partial = index.where() != null && !index.where().isBlank();
        if (partial) {
            Optional<String> where = WhereColumns.substitute(index.where().strip(), values);
            if (where.isEmpty()) {
                return Optional.empty();
            }
            conditions.add("(" + where.get() + ")");
        }
        String countSql = "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM "
                + SqlIdentifiers.quote(previous.tableName()) + " WHERE " + String.join(" AND ", conditions)
                + " GROUP BY " + String.join(", ", columns) + " HAVING count(*) > 1) AS duplicates";
        return Optional.of(new RowCheck(previous.tableName() + "." + index.name(), index.name(), countSql,
                "share their values of (" + String.join(", ", index.columns()) + ") with another row"
                        + (partial ? " where (" + index.where().strip() + ")" : "") + ", but the index is unique"));
    }
}
