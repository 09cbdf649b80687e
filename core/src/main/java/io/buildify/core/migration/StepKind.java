package io.buildify.core.migration;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of change a migration step makes; used in impact lists and the change log. */
public enum StepKind {
    CREATE_TABLE, DROP_TABLE, RENAME_TABLE, ARCHIVE_TABLE,
    ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, ARCHIVE_COLUMN, ALTER_COLUMN_TYPE,
    SET_NOT_NULL, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT,
    ADD_CONSTRAINT, DROP_CONSTRAINT,
    CREATE_INDEX, DROP_INDEX,
    ADD_FOREIGN_KEY, DROP_FOREIGN_KEY,
    CREATE_JUNCTION_TABLE, DROP_JUNCTION_TABLE,
    COMMENT;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
