package io.buildify.core.validation;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules about one custom field on its own: name, label, sizes, ranges, select values, lookup target, default. */
final class FieldRules {
    private FieldRules() {
    }

    static void check(FieldDefinition field, String path, Problems problems) {
        if (problems.identifier(path + ".name", field.name())) {
            if (io.buildify.core.model.SystemFields.RESERVED_NAMES.contains(field.name())) {
                problems.error(path + ".name", "'" + field.name() + "' is a system field name");
            }
        }
        if (Problems.isBlank(field.label())) {
            problems.error(path + ".label", "a label is required");
        }
        checkLengths(field, path, problems);
        checkRange(field, path, problems);
        checkPrecision(field, path, problems);
        checkAllowedValues(field, path, problems);
        checkLookup(field, path, problems);
        checkUnique(field, path, problems);
        ValidationRuleRules.check(field, path, problems);
        DefaultValueRules.check(field, path, problems);
    }

    private static void checkLengths(FieldDefinition field, String path, Problems problems) {
        Integer min = field.minLength();
        Integer max = field.maxLength();
        if (min == null && max == null) {
            return;
        }
        if (!field.type().isText()) {
            problems.warning(path + (max != null ? ".max_length" : ".min_length"),
                    "lengths are ignored for " + field.type().code() + " fields");
            return;
        }
        if (max != null && (max < 1 || max > FieldLimits.MAX_VARCHAR_LENGTH)) {
            problems.error(path + ".max_length",
                    "max_length must be between 1 and " + FieldLimits.MAX_VARCHAR_LENGTH + ", not " + max);
            return;
        }
        if (min != null && min < 0) {
            problems.error(path + ".min_length", "min_length cannot be negative");
            return;
        }
        Integer effectiveMax = FieldLimits.effectiveMaxLength(field);
        if (min != null && effectiveMax != null && min > effectiveMax) {
            problems.error(path + ".min_length", "min_length " + min + " is greater than "
                    + (max != null ? "max_length " : "the maximum length ") + effectiveMax);
        }
        if (max != null && field.type() != FieldType.STRING && field.type() != FieldType.TEXT
                && max > FieldLimits.typeLength(field.type(), max)) {
            problems.warning(path + ".max_length", field.type().code() + " fields hold at most "
                    + FieldLimits.typeLength(field.type(), max) + " characters");
        }
    }

    private static void checkRange(FieldDefinition field, String path, Problems problems) {
        if (field.minValue() == null && field.maxValue() == null) {
            return;
        }
        if (!field.type().isNumeric()) {
            problems.warning(path + (field.maxValue() != null ? ".max_value" : ".min_value"),
                    "value ranges are ignored for " + field.type().code() + " fields");
            return;
        }
        if (field.minValue() != null && field.maxValue() != null
                && field.minValue().compareTo(field.maxValue()) > 0) {
            problems.error(path + ".min_value", "min_value " + field.minValue().toPlainString()
                    + " is greater than max_value " + field.maxValue().toPlainString());
        }
    }

    private static void checkPrecision(FieldDefinition field, String path, Problems problems) {
        if (field.type() != FieldType.DECIMAL) {
            if (field.precision() != null || field.decimalPlaces() != null) {
                problems.warning(path + (field.precision() != null ? ".precision" : ".decimal_places"),
                        field.type() == FieldType.CURRENCY || field.type() == FieldType.PERCENTAGE
                                ? field.type().code() + " has a fixed precision; the setting is ignored"
                                : "precision is ignored for " + field.type().code() + " fields");
            }
            return;
        }
        int precision = FieldLimits.precision(field);
        if (precision < 1 || precision > FieldLimits.MAX_PRECISION) {
            problems.error(path + ".precision",
                    "precision must be between 1 and " + FieldLimits.MAX_PRECISION + ", not " + precision);
            return;
        }
        int scale = FieldLimits.scale(field);
        if (scale < 0 || scale > precision) {
            problems.error(path + ".decimal_places",
                    "decimal_places must be between 0 and the precision " + precision + ", not " + scale);
        }
    }

    private static void checkAllowedValues(FieldDefinition field, String path, Problems problems) {
        List<String> values = field.allowedValues();
        if (!field.type().hasAllowedValues()) {
            if (!values.isEmpty()) {
                problems.error(path + ".allowed_values",
                        "only single_select and multiple_select fields take allowed values");
            }
            return;
        }
        if (values.isEmpty()) {
            problems.error(path + ".allowed_values", "a select field needs at least one allowed value");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String valuePath = path + ".allowed_values[" + i + "]";
            if (Problems.isBlank(value)) {
                problems.error(valuePath, "an allowed value cannot be empty");
            } else if (!seen.add(value)) {
                problems.error(valuePath, "'" + value + "' is listed twice");
            } else if (value.indexOf('\0') >= 0) {
                problems.error(valuePath, "an allowed value cannot contain the NUL character");
            }
        }
    }

    private static void checkLookup(FieldDefinition field, String path, Problems problems) {
        if (field.type() == FieldType.LOOKUP) {
            if (Problems.isBlank(field.lookupEntity())) {
                problems.error(path + ".lookup_entity", "a lookup field must name the entity it refers to");
            } else {
                problems.identifier(path + ".lookup_entity", field.lookupEntity());
            }
        } else if (!Problems.isBlank(field.lookupEntity())) {
            problems.warning(path + ".lookup_entity", "lookup_entity is ignored for " + field.type().code()
                    + " fields");
        }
    }

    /*
     * UNIQUE on json and multiple_select compares whole documents/arrays, which is almost never what a designer
     * means (["a","b"] and ["b","a"] are different), so it is refused. UNIQUE on text is allowed with a warning:
     * the btree index behind it fails on values longer than about 2.7 kB, so long texts would be rejected on insert.
     */
    private static void checkUnique(FieldDefinition field, String path, Problems problems) {
        if (!field.unique()) {
            return;
        }
        switch (field.type()) {
            case JSON, MULTIPLE_SELECT -> problems.error(path + ".unique",
                    "unique is not supported on " + field.type().code() + " fields");
            case TEXT -> problems.warning(path + ".unique", "unique on long text fails for values over about "
                    + "2.7 kB; prefer a string field with a max_length");
            default -> {
            }
        }
    }
}
