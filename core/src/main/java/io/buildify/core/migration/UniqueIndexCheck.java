package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the rows that a new (or re-created) unique index would refuse: rows whose values in all of the index's
 * columns are shared with another row (a NULL in any column never clashes, as in PostgreSQL). Asked of the table as
 * it is before the migration, so the columns go by their old names. Only for whole-table indexes over fields that
 * keep their column type: a partial index's WHERE may name columns this migration adds or renames, and one check
 * that cannot run would fail all of them (the server folds them into one query); for those the transaction still
 * protects (PostgreSQL refuses the index, nothing changes).
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
        if (index == null || index.columns().isEmpty() || (index.where() != null && !index.where().isBlank())) {
            return Optional.empty();
        }
        Map<String, String> oldNames = new LinkedHashMap<>(); // new name -> old name
        for (String column : index.columns()) {
            FieldDefinition now = next.fieldNamed(column).orElse(null);
            FieldDefinition was = now == null ? null : previous.field(now.id()).orElse(null);
            if (was == null || !PostgresTypes.columnType(was).equals(PostgresTypes.columnType(now))) {
                return Optional.empty();
            }
            oldNames.put(column, was.name());
        }
        List<String> columns = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (String oldName : oldNames.values()) {
            columns.add(SqlIdentifiers.quote(oldName));
            conditions.add(SqlIdentifiers.quote(oldName) + " IS NOT NULL");
        }
        String grouped = String.join(", ", columns);
        String countSql = "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM "
                + SqlIdentifiers.quote(previous.tableName()) + " WHERE " + String.join(" AND ", conditions)
                + " GROUP BY " + grouped + " HAVING count(*) > 1) AS duplicates";
        return Optional.of(new RowCheck(previous.tableName() + "." + index.name(), index.name(), countSql,
                "share their values of (" + String.join(", ", index.columns()) + ") with another row, but the"
                        + " index is unique"));
    }
}
