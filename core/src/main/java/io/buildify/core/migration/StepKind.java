package io.buildify.core.migration;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of change a migration step makes; used in impact lists and the change log. */
public enum StepKind {
    CREATE_TABLE, DROP_TABLE, RENAME_TABLE, ARCHIVE_TABLE, RESTORE_TABLE,
    ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, ARCHIVE_COLUMN, RESTORE_COLUMN, ALTER_COLUMN_TYPE,
    SET_NOT_NULL, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT,
    ADD_CONSTRAINT, DROP_CONSTRAINT, RENAME_CONSTRAINT,
    CREATE_INDEX, DROP_INDEX, RENAME_INDEX,
    ADD_FOREIGN_KEY, DROP_FOREIGN_KEY,
    CREATE_JUNCTION_TABLE, DROP_JUNCTION_TABLE,
    COMMENT;

    /** The kind of the step that undoes a step of this kind (a rollback runs the inverses in reverse order). */
    public StepKind inverse() {
        return switch (this) {
            case CREATE_TABLE -> DROP_TABLE;
            case DROP_TABLE -> CREATE_TABLE;
            case ARCHIVE_TABLE -> RESTORE_TABLE;
            case RESTORE_TABLE -> ARCHIVE_TABLE;
            case ADD_COLUMN -> DROP_COLUMN;
            case DROP_COLUMN -> ADD_COLUMN;
            case ARCHIVE_COLUMN -> RESTORE_COLUMN;
            case RESTORE_COLUMN -> ARCHIVE_COLUMN;
            case SET_NOT_NULL -> DROP_NOT_NULL;
            case DROP_NOT_NULL -> SET_NOT_NULL;
            case SET_DEFAULT -> DROP_DEFAULT;
            case DROP_DEFAULT -> SET_DEFAULT;
            case ADD_CONSTRAINT -> DROP_CONSTRAINT;
            case DROP_CONSTRAINT -> ADD_CONSTRAINT;
            case CREATE_INDEX -> DROP_INDEX;
            case DROP_INDEX -> CREATE_INDEX;
            case ADD_FOREIGN_KEY -> DROP_FOREIGN_KEY;
            case DROP_FOREIGN_KEY -> ADD_FOREIGN_KEY;
            case CREATE_JUNCTION_TABLE -> DROP_JUNCTION_TABLE;
            case DROP_JUNCTION_TABLE -> CREATE_JUNCTION_TABLE;
            case RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, RENAME_INDEX, ALTER_COLUMN_TYPE, COMMENT -> this;
        };
    }

    /** True for kinds that throw data away: dropping a table or a column. */
    public boolean dropsData() {
        return this == DROP_TABLE || this == DROP_COLUMN || this == DROP_JUNCTION_TABLE;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
