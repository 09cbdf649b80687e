package io.buildify.core.migration;

/**
 * A named constraint or index of an entity's tables, keyed by what owns it ({@code field:<id>:key},
 * {@code relationship:<id>:fkey}, {@code index:<id>}, {@code table:pkey}), so the same object can be found in two
 * versions of a definition even when its name, its table or its column changed.
 *
 * @param body    the SQL after the name: {@code UNIQUE ("email")}, {@code USING btree ("name")}
 * @param subject what the impact list shows, e.g. {@code customer.email}
 */
record SchemaObject(String key, Type type, String name, String table, boolean unique, String body, String subject) {

    /** Constraints and foreign keys live on a table; an index is a relation of its own. */
    enum Type { CONSTRAINT, FOREIGN_KEY, INDEX }

    /** Same definition (table, kind and body); the name may differ. */
    boolean sameDefinitionAs(SchemaObject other) {
        return type == other.type && table.equals(other.table) && unique == other.unique && body.equals(other.body);
    }

    SchemaObject named(String newName) {
        return new SchemaObject(key, type, newName, table, unique, body, subject);
    }

    String createSql() {
        if (type == Type.INDEX) {
            return new IndexSql.IndexSpec(name, table, unique, body).createSql();
        }
        return alterTable() + " ADD CONSTRAINT " + SqlIdentifiers.quote(name) + " " + body + ";";
    }

    String dropSql() {
        if (type == Type.INDEX) {
            return "DROP INDEX " + SqlIdentifiers.quote(name) + ";";
        }
        return alterTable() + " DROP CONSTRAINT " + SqlIdentifiers.quote(name) + ";";
    }

    String renameSql(String to) {
        if (type == Type.INDEX) {
            return "ALTER INDEX " + SqlIdentifiers.quote(name) + " RENAME TO " + SqlIdentifiers.quote(to) + ";";
        }
        return alterTable() + " RENAME CONSTRAINT " + SqlIdentifiers.quote(name) + " TO " + SqlIdentifiers.quote(to)
                + ";";
    }

    StepKind addKind() {
        return switch (type) {
            case CONSTRAINT -> StepKind.ADD_CONSTRAINT;
            case FOREIGN_KEY -> StepKind.ADD_FOREIGN_KEY;
            case INDEX -> StepKind.CREATE_INDEX;
        };
    }

    StepKind dropKind() {
        return addKind().inverse();
    }

    StepKind renameKind() {
        return type == Type.INDEX ? StepKind.RENAME_INDEX : StepKind.RENAME_CONSTRAINT;
    }

    private String alterTable() {
        return "ALTER TABLE " + SqlIdentifiers.quote(table);
    }
}
