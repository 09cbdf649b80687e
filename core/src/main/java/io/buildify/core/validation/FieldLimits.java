package io.buildify.core.validation;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;

/**
 * The effective size limits of a field once defaults are applied (SPEC §1.2). The validator and the migration
 * planner both read them from here so that what is checked is exactly what is created.
 */
public final class FieldLimits {
    public static final int DEFAULT_STRING_LENGTH = 255;
    /** PostgreSQL's largest VARCHAR length. */
    public static final int MAX_VARCHAR_LENGTH = 10_485_760;
    public static final int DEFAULT_PRECISION = 18;
    public static final int DEFAULT_SCALE = 2;
    /** PostgreSQL's largest declared NUMERIC precision. */
    public static final int MAX_PRECISION = 1000;

    private FieldLimits() {
    }

    /** The length PostgreSQL itself enforces through the column type, or null when the type is unbounded. */
    public static Integer typeLength(FieldType type, Integer maxLength) {
        return switch (type) {
            case STRING -> maxLength == null ? DEFAULT_STRING_LENGTH : maxLength;
            case EMAIL -> 255;
            case URL -> 500;
            case PHONE -> 20;
            default -> null;
        };
    }

    /** The longest value the field accepts: the smaller of its type length and its max_length, null if none. */
    public static Integer effectiveMaxLength(FieldDefinition field) {
        Integer typeLength = typeLength(field.type(), field.maxLength());
        if (!field.type().isText()) {
            return null;
        }
        if (typeLength == null) {
            return field.maxLength();
        }
        return field.maxLength() == null ? typeLength : Math.min(typeLength, field.maxLength());
    }

    /** NUMERIC precision of decimal-like types; null for the others. */
    public static Integer precision(FieldDefinition field) {
        return switch (field.type()) {
            case DECIMAL -> field.precision() == null ? DEFAULT_PRECISION : field.precision();
            case CURRENCY -> 19;
            case PERCENTAGE -> 7;
            default -> null;
        };
    }

    /** NUMERIC scale of decimal-like types; a decimal without decimal_places gets 2 (or its precision if less). */
    public static Integer scale(FieldDefinition field) {
        return switch (field.type()) {
            case DECIMAL -> field.decimalPlaces() != null ? field.decimalPlaces()
                    : Math.min(DEFAULT_SCALE, precision(field));
            case CURRENCY, PERCENTAGE -> 4;
            default -> null;
        };
    }
}
