package io.buildify.core.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.model.FieldDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks that a field's default value fits its type, size, range and allowed values. */
final class DefaultValueRules {
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private DefaultValueRules() {
    }

    static void check(FieldDefinition field, String path, Problems problems) {
        String value = field.defaultValue();
        if (value == null) {
            return;
        }
        String where = path + ".default_value";
        if (value.indexOf('\0') >= 0) {
            problems.error(where, "the default value cannot contain the NUL character");
            return;
        }
        String problem = problemWith(field, value);
        if (problem != null) {
            problems.error(where, problem);
        }
    }

    /** Returns what is wrong with {@code value} as a default of {@code field}, or null if it fits. */
    private static String problemWith(FieldDefinition field, String value) {
        String v = value.strip();
        return switch (field.type()) {
            case STRING, TEXT, EMAIL, URL, PHONE -> lengthProblem(field, value);
            case INTEGER -> integerProblem(field, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINTEGER -> integerProblem(field, v, Long.MIN_VALUE, Long.MAX_VALUE);
            case DECIMAL, CURRENCY, PERCENTAGE -> decimalProblem(field, v);
            case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null
                    : "a boolean default must be true or false, not '" + value + "'";
            case DATE -> DefaultValues.isNow(v) ? null : parses(() -> LocalDate.parse(v), "a date like 2024-12-31");
            case DATETIME -> DefaultValues.isNow(v) ? null
                    : parses(() -> OffsetDateTime.parse(v), "a date-time with offset like 2024-12-31T09:30:00Z");
            case TIME -> DefaultValues.isNow(v) ? null : parses(() -> LocalTime.parse(v), "a time like 09:30");
            case UUID, LOOKUP -> UUID_TEXT.matcher(v).matches() ? null
                    : "'" + value + "' is not a UUID like 123e4567-e89b-12d3-a456-426614174000";
            case JSON -> jsonProblem(value);
            case SINGLE_SELECT -> field.allowedValues().contains(value) ? null
                    : "'" + value + "' is not one of the allowed values";
            case MULTIPLE_SELECT -> multipleSelectProblem(field, value);
        };
    }

    private static String lengthProblem(FieldDefinition field, String value) {
        int length = value.codePointCount(0, value.length());
        Integer max = FieldLimits.effectiveMaxLength(field);
        if (max != null && length > max) {
            return "the default value is " + length + " characters long; the field allows " + max;
        }
        if (field.minLength() != null && length < field.minLength()) {
            return "the default value is shorter than min_length " + field.minLength();
        }
        return null;
    }

    private static String integerProblem(FieldDefinition field, String v, long min, long max) {
        long number;
        try {
            number = Long.parseLong(v);
        } catch (NumberFormatException e) {
            return "'" + v + "' is not a whole number";
        }
        if (number < min || number > max) {
            return v + " does not fit a " + field.type().code() + " field";
        }
        return rangeProblem(field, BigDecimal.valueOf(number));
    }

    private static String decimalProblem(FieldDefinition field, String v) {
        BigDecimal number;
        try {
            number = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return "'" + v + "' is not a number";
        }
        Integer precision = FieldLimits.precision(field);
        Integer scale = FieldLimits.scale(field);
        if (precision != null && scale != null && precision >= scale && scale >= 0) {
            int integerDigits = number.precision() - number.scale();
            if (integerDigits > precision - scale) {
                return v + " has too many digits before the decimal point for NUMERIC(" + precision + ","
                        + scale + ")";
            }
        }
        return rangeProblem(field, number);
    }

    private static String rangeProblem(FieldDefinition field, BigDecimal number) {
        if (field.minValue() != null && number.compareTo(field.minValue()) < 0) {
            return "the default value is below min_value " + field.minValue().toPlainString();
        }
        if (field.maxValue() != null && number.compareTo(field.maxValue()) > 0) {
            return "the default value is above max_value " + field.maxValue().toPlainString();
        }
        return null;
    }

    private static String jsonProblem(String value) {
        try {
            JsonCodec.mapper().readTree(value);
            return null;
        } catch (JsonProcessingException e) {
            return "the default value is not valid JSON: " + e.getOriginalMessage();
        }
    }

    private static String multipleSelectProblem(FieldDefinition field, String value) {
        List<String> values;
        try {
            values = DefaultValues.parseList(value);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        for (String element : values) {
            if (!field.allowedValues().contains(element)) {
                return "'" + element + "' is not one of the allowed values";
            }
        }
        return null;
    }

    private static String parses(Runnable parse, String expected) {
        try {
            parse.run();
            return null;
        } catch (DateTimeParseException e) {
            return "the default value must be " + expected;
        }
    }
}
