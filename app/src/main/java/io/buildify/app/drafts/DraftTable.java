package io.buildify.app.drafts;

/**
 * The tables that hold drafts of JSON-encoded definitions (Flyway {@code V1}, {@code V10}), all with the same
 * columns. An enum so that the table name {@link JdbcDefinitionStore} puts into its SQL is always one of these
 * constants, never text from outside.
 */
enum DraftTable {
    ENTITY_DRAFTS("entity_drafts"),
    WORKFLOW_DRAFTS("workflow_drafts");

    private final String sqlName;

    DraftTable(String sqlName) {
        this.sqlName = sqlName;
    }

    String sqlName() {
        return sqlName;
    }
}
