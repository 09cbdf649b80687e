package io.buildify.core.migration;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.validation.FieldLimits;

/** The PostgreSQL column type of each field type, exactly as SPEC §1.2 lists them. */
public final class PostgresTypes {
    private PostgresTypes() {
    }

    public static String columnType(FieldDefinition field) {
        return switch (field.type()) {
            case STRING -> "VARCHAR(" + FieldLimits.typeLength(field.type(), field.maxLength()) + ")";
            case TEXT -> "TEXT";
            case EMAIL -> "VARCHAR(255)";
            case URL -> "VARCHAR(500)";
            case PHONE -> "VARCHAR(20)";
            case INTEGER -> "INTEGER";
            case BIGINTEGER -> "BIGINT";
            case DECIMAL, CURRENCY, PERCENTAGE ->
                    "NUMERIC(" + FieldLimits.precision(field) + "," + FieldLimits.scale(field) + ")";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMPTZ";
            case TIME -> "TIME";
            case JSON -> "JSONB";
            case UUID, LOOKUP -> "UUID";
            case SINGLE_SELECT -> "TEXT";
            case MULTIPLE_SELECT -> "TEXT[]";
        };
    }
}
