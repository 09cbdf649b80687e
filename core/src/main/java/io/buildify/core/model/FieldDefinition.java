package io.buildify.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A custom field of an entity (SPEC §1.2). Immutable; edits make a copy through the {@code with…} methods.
 * {@code precision}/{@code decimalPlaces} apply to decimals, {@code maxLength}/{@code minLength} to text,
 * {@code allowedValues} to selects and {@code lookupEntity} (an entity name) to lookups.
 */
public record FieldDefinition(
        String id,
        String name,
        String label,
        FieldType type,
        String description,
        String helpText,
        String placeholder,
        String prefix,
        String suffix,
        String inputType,
        boolean required,
        boolean unique,
        boolean indexed,
        boolean readOnly,
        Integer minLength,
        Integer maxLength,
        BigDecimal minValue,
        BigDecimal maxValue,
        Integer precision,
        Integer decimalPlaces,
        String defaultValue,
        List<String> allowedValues,
        List<ValidationRule> validationRules,
        int displayOrder,
        String lookupEntity) {

    public FieldDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        name = name == null ? "" : name;
        label = label == null ? "" : label;
        allowedValues = Lists.copy(allowedValues);
        validationRules = Lists.copy(validationRules);
    }

    /** A new field with a fresh id, the label derived from the name and nothing else set. */
    public static FieldDefinition of(String name, FieldType type) {
        return new FieldDefinition(Ids.newId(), name, Names.labelOf(name), type, null, null, null, null, null, null,
                false, false, false, false, null, null, null, null, null, null, null, List.of(), List.of(), 0, null);
    }

    public FieldDefinition withName(String value) {
        return new FieldDefinition(id, value, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withLabel(String value) {
        return new FieldDefinition(id, name, value, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withType(FieldType value) {
        return new FieldDefinition(id, name, label, value, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withRequired(boolean value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, value, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withUnique(boolean value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, value, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withIndexed(boolean value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, value, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withLength(Integer min, Integer max) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, min, max, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withRange(BigDecimal min, BigDecimal max) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, min, max, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withPrecision(Integer newPrecision, Integer newDecimalPlaces) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, newPrecision,
                newDecimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withDefaultValue(String value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, value, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withAllowedValues(List<String> value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, value, validationRules, displayOrder, lookupEntity);
    }

    public FieldDefinition withDisplayOrder(int value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, value, lookupEntity);
    }

    public FieldDefinition withLookupEntity(String value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, value);
    }

    public FieldDefinition withDescription(String value) {
        return new FieldDefinition(id, name, label, type, value, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    /** Help text shown under the input of generated forms. */
    public FieldDefinition withHelpText(String value) {
        return new FieldDefinition(id, name, label, type, description, value, placeholder, prefix, suffix, inputType,
                required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    /** Placeholder text of an empty input. */
    public FieldDefinition withPlaceholder(String value) {
        return new FieldDefinition(id, name, label, type, description, helpText, value, prefix, suffix, inputType,
                required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    /** Text shown before and after the input, e.g. "$" and "kg". */
    public FieldDefinition withAffixes(String newPrefix, String newSuffix) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, newPrefix, newSuffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    /** The form input to render, e.g. "textarea"; null for the type's default. */
    public FieldDefinition withInputType(String value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix, value,
                required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    /** Shown but not editable in generated forms. */
    public FieldDefinition withReadOnly(boolean value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, value, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, validationRules, displayOrder, lookupEntity);
    }

    /** Replaces the extra value rules (regex, range, ...). */
    public FieldDefinition withValidationRules(List<ValidationRule> value) {
        return new FieldDefinition(id, name, label, type, description, helpText, placeholder, prefix, suffix,
                inputType, required, unique, indexed, readOnly, minLength, maxLength, minValue, maxValue, precision,
                decimalPlaces, defaultValue, allowedValues, value, displayOrder, lookupEntity);
    }
}
