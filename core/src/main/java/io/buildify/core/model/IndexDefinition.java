package io.buildify.core.model;

import java.util.List;
import java.util.Objects;

/** An index on an entity's table: ordered columns, access method, unique, and an optional partial WHERE. */
public record IndexDefinition(
        String id,
        String name,
        List<String> columns,
        IndexMethod method,
        boolean unique,
        String where) {

    public IndexDefinition {
        Objects.requireNonNull(id, "id");
        columns = Lists.copy(columns);
        method = method == null ? IndexMethod.BTREE : method;
    }

    public static IndexDefinition of(String name, List<String> columns) {
        return new IndexDefinition(Ids.newId(), name, columns, IndexMethod.BTREE, false, null);
    }

    public IndexDefinition withName(String value) {
        return new IndexDefinition(id, value, columns, method, unique, where);
    }

    public IndexDefinition withColumns(List<String> value) {
        return new IndexDefinition(id, name, value, method, unique, where);
    }

    public IndexDefinition withMethod(IndexMethod value) {
        return new IndexDefinition(id, name, columns, value, unique, where);
    }

    public IndexDefinition withUnique(boolean value) {
        return new IndexDefinition(id, name, columns, method, value, where);
    }

    public IndexDefinition withWhere(String value) {
        return new IndexDefinition(id, name, columns, method, unique, value);
    }
}
