package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts the rows that a unique index over a column that changes type would refuse: ALTER COLUMN TYPE rebuilds a
 * kept index and a new one is built after it, both over the converted values, which may collide where the old ones
 * did not (12:30 on two days is one time of day). {@link UniqueIndexCheck} counts new unique indexes whose columns
 * keep their type. Only whole-table indexes over fields that exist before the migration; the converted values are
 * NULL where the conversion fails ({@link TypeChanges#convertedOrNull}), so the count never raises an error.
 */
final class RetypedIndexCheck {
    private RetypedIndexCheck() {
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
        List<String> values = new ArrayList<>();
        List<String> converted = new ArrayList<>();
        for (String column : index.columns()) {
            FieldDefinition now = next.fieldNamed(column).orElse(null);
            FieldDefinition was = now == null ? null : previous.field(now.id()).orElse(null);
            if (was == null) {
                return Optional.empty();
            }
            String from = PostgresTypes.columnType(was);
            String to = PostgresTypes.columnType(now);
            String quoted = SqlIdentifiers.quote(was.name());
            values.add(from.equals(to) ? quoted : TypeChanges.convertedOrNull(quoted, from, to));
            if (!from.equals(to)) {
                converted.add(column + " to " + to);
            }
        }
        if (converted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RowCheck(previous.tableName() + "." + index.name(), index.name(),
                ConstraintCheck.duplicates(previous.tableName(), values), "share their values of ("
                + String.join(", ", index.columns()) + ") with another row once converted (" + String.join(", ", converted)
                + "), but the index is unique"));
    }
}
