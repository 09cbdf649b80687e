package io.buildify.core.migration;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;

import java.util.Optional;

/** The indexes an entity asks for: one per {@code indexed} field and one per index definition. */
final class IndexSql {
    private IndexSql() {
    }

    /**
     * Fields marked indexed get a btree index, or gin for json and multiple_select; unique ones already have the
     * index of their UNIQUE constraint.
     */
    static Optional<IndexSpec> fieldIndex(String table, FieldDefinition field) {
        if (!field.indexed() || field.unique()) {
            return Optional.empty();
        }
        String method = field.type() == FieldType.JSON || field.type() == FieldType.MULTIPLE_SELECT ? "gin" : "btree";
        return Optional.of(new IndexSpec(ConstraintNames.of(table, field.name(), "idx"), table, false,
                "USING " + method + " (" + SqlIdentifiers.quote(field.name()) + ")"));
    }

    static IndexSpec defined(String table, IndexDefinition index) {
        StringBuilder body = new StringBuilder("USING ").append(index.method().code()).append(" (")
                .append(String.join(", ", index.columns().stream().map(SqlIdentifiers::quote).toList()))
                .append(')');
        if (index.where() != null && !index.where().isBlank()) {
            body.append(" WHERE (").append(index.where().strip()).append(')');
        }
        return new IndexSpec(index.name(), table, index.unique(), body.toString());
    }

    /** An index: {@code body} is everything after {@code ON "table"}. */
    record IndexSpec(String name, String table, boolean unique, String body) {
        String createSql() {
            return (unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + SqlIdentifiers.quote(name) + " ON "
                    + SqlIdentifiers.quote(table) + " " + body + ";";
        }
    }
}
