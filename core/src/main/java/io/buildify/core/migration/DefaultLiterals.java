package io.buildify.core.migration;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.validation.DefaultValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * Renders a validated default value as a SQL expression of the column's type. Values are parsed and re-printed
 * (numbers, dates, UUIDs) or escaped as string literals, so the text the designer typed never reaches SQL as is.
 */
final class DefaultLiterals {
    private DefaultLiterals() {
    }

    static String of(FieldDefinition field) {
        String value = field.defaultValue();
        String v = value.strip();
        return switch (field.type()) {
            case STRING, TEXT, EMAIL, URL, PHONE, SINGLE_SELECT -> SqlLiterals.string(value);
            case INTEGER, BIGINTEGER -> Long.toString(Long.parseLong(v));
            case DECIMAL, CURRENCY, PERCENTAGE -> SqlLiterals.number(new BigDecimal(v));
            case BOOLEAN -> Boolean.parseBoolean(v.toLowerCase(Locale.ROOT)) ? "TRUE" : "FALSE";
            case DATE -> DefaultValues.isNow(v) ? "CURRENT_DATE" : "DATE '" + LocalDate.parse(v) + "'";
            case DATETIME -> DefaultValues.isNow(v) ? "now()" : "TIMESTAMPTZ '" + OffsetDateTime.parse(v) + "'";
            case TIME -> DefaultValues.isNow(v) ? "LOCALTIME" : "TIME '" + LocalTime.parse(v) + "'";
            case UUID, LOOKUP -> "'" + UUID.fromString(v) + "'::uuid";
            case JSON -> SqlLiterals.string(v) + "::jsonb";
            case MULTIPLE_SELECT -> SqlLiterals.textArray(DefaultValues.parseList(v));
        };
    }
}
