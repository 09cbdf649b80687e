package io.buildify.server.property;

import io.buildify.core.migration.PostgresTypes;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The test's own count of the rows a unique index would refuse, from the rows read before the publish, so a refusal
 * that counts soft-deleted rows against a {@code WHERE deleted_at IS NULL} index (or miscounts otherwise) fails:
 * only for indexes over fields whose column type stays (equal values then have equal text) and with no WHERE or
 * exactly that one; else empty, and the refusal is taken as it is.
 */
final class UniqueIndexRecount {
    private static final String NOT_DELETED = "deleted_at IS NULL";

    private UniqueIndexRecount() {
    }

    /** Rows sharing all of the index's (non-NULL) values with another row kept by its WHERE, if this recount fits. */
    static OptionalLong of(String indexName, EntityDefinition before, EntityDefinition next,
                           Map<String, Map<String, String>> rows, Set<String> deleted) {
        Optional<IndexDefinition> found = next.indexes().stream()
                .filter(i -> i.unique() && i.name().equals(indexName)).findFirst();
        if (found.isEmpty() || found.get().where() != null && !found.get().where().strip().equals(NOT_DELETED)) {
            return OptionalLong.empty();
        }
        IndexDefinition index = found.get();
        List<String> fieldIds = new ArrayList<>();
        for (String column : index.columns()) {
            FieldDefinition now = next.fieldNamed(column).orElse(null);
            FieldDefinition was = now == null ? null : before.field(now.id()).orElse(null);
            if (was == null || !PostgresTypes.columnType(was).equals(PostgresTypes.columnType(now))) {
                return OptionalLong.empty();
            }
            fieldIds.add(now.id());
        }
        Map<List<String>, Integer> groups = new HashMap<>();
        rows.forEach((id, row) -> {
            List<String> values = fieldIds.stream().map(row::get).toList();
            if ((index.where() == null || !deleted.contains(id)) && values.stream().allMatch(Objects::nonNull)) {
                groups.merge(values, 1, Integer::sum);
            }
        });
        return OptionalLong.of(groups.values().stream().filter(n -> n > 1).mapToLong(n -> n).sum());
    }
}
