package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** ON DELETE / ON UPDATE behaviour of a foreign key. */
public enum ReferentialAction {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keywords, which are also the wire form. */
    @JsonValue
    public String sql() {
        return sql;
    }

    @JsonCreator
    public static ReferentialAction fromSql(String sql) {
        for (ReferentialAction action : values()) {
            if (action.sql.equalsIgnoreCase(sql) || action.name().equalsIgnoreCase(sql)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown referential action '" + sql + "'");
    }
}
