package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.ValidationRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static io.buildify.core.validation.Fixtures.customerWith;
import static io.buildify.core.validation.Fixtures.field;
import static io.buildify.core.validation.Fixtures.select;
import static io.buildify.core.validation.ValidationAssertions.assertErrorAt;
import static io.buildify.core.validation.ValidationAssertions.assertNoErrors;
import static io.buildify.core.validation.ValidationAssertions.assertWarningAt;
import static org.assertj.core.api.Assertions.assertThat;

/** What a field may hold: lengths, ranges, precision, allowed values, lookups, defaults, unique and validation rules. */
class FieldRulesValidationTest {

    // ---- lengths, ranges, precision ------------------------------------------------------------------------

    @Test
    void minLengthAboveMaxLengthIsAContradiction() {
        assertErrorAt(customerWith(field("code", FieldType.STRING).withLength(10, 5)), "fields[3].min_length",
                "min_length 10 is greater than max_length 5");
    }

    @Test
    void minLengthAboveTheDefaultStringLengthIsAContradiction() {
        assertErrorAt(customerWith(field("code", FieldType.STRING).withLength(300, null)), "fields[3].min_length",
                "255");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_485_761})
    void maxLengthOutsidePostgresLimitsIsRefused(int max) {
        assertErrorAt(customerWith(field("code", FieldType.STRING).withLength(null, max)), "fields[3].max_length",
                "between 1 and 10485760");
    }

    @Test
    void maxLengthAtPostgresLimitIsAccepted() {
        assertNoErrors(customerWith(field("code", FieldType.STRING).withLength(null, 10_485_760)));
    }

    @Test
    void lengthsOnANumberAreIgnoredWithAWarning() {
        assertWarningAt(customerWith(field("age", FieldType.INTEGER).withLength(null, 3)), "fields[3].max_length",
                "ignored");
    }

    @Test
    void minValueAboveMaxValueIsAContradiction() {
        assertErrorAt(customerWith(field("age", FieldType.INTEGER).withRange(BigDecimal.TEN, BigDecimal.ONE)),
                "fields[3].min_value", "min_value 10 is greater than max_value 1");
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1001,2"})
    void decimalPrecisionMustBeBetweenOneAndOneThousand(int precision, int scale) {
        assertErrorAt(customerWith(field("amount", FieldType.DECIMAL).withPrecision(precision, scale)),
                "fields[3].precision", "between 1 and 1000");
    }

    @Test
    void decimalScaleMustNotExceedPrecision() {
        assertErrorAt(customerWith(field("amount", FieldType.DECIMAL).withPrecision(5, 6)),
                "fields[3].decimal_places", "between 0 and the precision 5");
        assertErrorAt(customerWith(field("amount", FieldType.DECIMAL).withPrecision(5, -1)),
                "fields[3].decimal_places", "not -1");
    }

    @Test
    void decimalWithTinyPrecisionAndNoScaleIsAccepted() {
        assertNoErrors(customerWith(field("digit", FieldType.DECIMAL).withPrecision(1, null)));
    }

    @Test
    void precisionOnCurrencyIsIgnoredWithAWarning() {
        assertWarningAt(customerWith(field("price", FieldType.CURRENCY).withPrecision(10, 2)),
                "fields[3].precision", "fixed precision");
    }

    // ---- selects and lookups -------------------------------------------------------------------------------

    @Test
    void selectFieldsNeedAllowedValues() {
        assertErrorAt(customerWith(select("status")), "fields[3].allowed_values", "at least one allowed value");
        assertErrorAt(customerWith(field("tags", FieldType.MULTIPLE_SELECT)), "fields[3].allowed_values",
                "at least one");
    }

    @Test
    void allowedValuesMustBeUnique() {
        assertErrorAt(customerWith(select("status", "new", "open", "new")), "fields[3].allowed_values[2]",
                "'new' is listed twice");
    }

    @Test
    void allowedValuesMustNotBeBlank() {
        assertErrorAt(customerWith(select("status", "new", " ")), "fields[3].allowed_values[1]", "cannot be empty");
    }

    @Test
    void allowedValuesAreOnlyForSelectFields() {
        assertErrorAt(customerWith(field("code", FieldType.STRING).withAllowedValues(List.of("a"))),
                "fields[3].allowed_values", "only single_select and multiple_select");
    }

    @Test
    void lookupRequiresALookupEntity() {
        assertErrorAt(customerWith(field("account", FieldType.LOOKUP)), "fields[3].lookup_entity",
                "must name the entity");
    }

    @Test
    void lookupEntityMustBeAValidName() {
        assertErrorAt(customerWith(field("account", FieldType.LOOKUP).withLookupEntity("Account")),
                "fields[3].lookup_entity", "snake_case");
        assertNoErrors(customerWith(field("account", FieldType.LOOKUP).withLookupEntity("account")));
    }

    // ---- defaults ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INTEGER|12.5|not a whole number",
            "INTEGER|3000000000|does not fit a integer field",
            "BIGINTEGER|abc|not a whole number",
            "DECIMAL|ten|not a number",
            "DECIMAL|12345678901234567.5|too many digits",
            "BOOLEAN|yes|true or false",
            "DATE|31/12/2024|date like 2024-12-31",
            "DATETIME|2024-12-31 09:30|date-time with offset",
            "TIME|9h30|time like 09:30",
            "UUID|123|not a UUID",
            "JSON|{broken|not valid JSON"})
    void defaultValueMustParseAsTheFieldType(FieldType type, String value, String message) {
        assertErrorAt(customerWith(field("value_x", type).withDefaultValue(value)), "fields[3].default_value",
                message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INTEGER|-42", "BIGINTEGER|9000000000", "DECIMAL|-1234.5", "CURRENCY|19.9999", "BOOLEAN|FALSE",
            "DATE|2024-12-31", "DATE|now", "DATETIME|2024-12-31T09:30:00+02:00", "TIME|09:30", "TEXT|O'Brien",
            "UUID|123e4567-e89b-12d3-a456-426614174000", "JSON|{\"a\": [1, 2]}"})
    void defaultValuesOfTheRightTypeAreAccepted(FieldType type, String value) {
        assertNoErrors(customerWith(field("value_x", type).withDefaultValue(value)));
    }

    @Test
    void selectDefaultMustBeAnAllowedValue() {
        assertErrorAt(customerWith(select("status", "new", "done").withDefaultValue("old")),
                "fields[3].default_value", "'old' is not one of the allowed values");
        assertNoErrors(customerWith(select("status", "new", "done").withDefaultValue("new")));
    }

    @Test
    void multipleSelectDefaultIsAJsonArrayOfAllowedValues() {
        FieldDefinition tags = field("tags", FieldType.MULTIPLE_SELECT).withAllowedValues(List.of("a", "b"));
        assertNoErrors(customerWith(tags.withDefaultValue("[\"a\", \"b\"]")));
        assertErrorAt(customerWith(tags.withDefaultValue("a,b")), "fields[3].default_value", "JSON array");
        assertErrorAt(customerWith(tags.withDefaultValue("[\"c\"]")), "fields[3].default_value", "'c' is not one");
    }

    @Test
    void stringDefaultMustFitMaxLength() {
        assertErrorAt(customerWith(field("code", FieldType.STRING).withLength(null, 3).withDefaultValue("abcd")),
                "fields[3].default_value", "4 characters long; the field allows 3");
    }

    @Test
    void numericDefaultMustRespectTheRange() {
        assertErrorAt(customerWith(field("age", FieldType.INTEGER).withRange(BigDecimal.ZERO, null)
                .withDefaultValue("-1")), "fields[3].default_value", "below min_value 0");
    }

    // ---- unique and validation rules -----------------------------------------------------------------------

    @Test
    void uniqueOnJsonOrMultipleSelectIsRefused() {
        assertErrorAt(customerWith(field("data", FieldType.JSON).withUnique(true)), "fields[3].unique",
                "not supported on json");
        assertErrorAt(customerWith(field("tags", FieldType.MULTIPLE_SELECT).withAllowedValues(List.of("a"))
                .withUnique(true)), "fields[3].unique", "not supported on multiple_select");
    }

    @Test
    void uniqueOnLongTextIsOnlyAWarning() {
        EntityDefinition entity = customerWith(field("notes", FieldType.TEXT).withUnique(true));
        assertWarningAt(entity, "fields[3].unique", "2.7 kB");
        assertThat(EntityValidator.isValid(entity)).isTrue();
    }

    @Test
    void regexValidationRuleMustCompile() {
        FieldDefinition code = new FieldDefinition("f1", "code", "Code", FieldType.STRING, null, null, null, null,
                null, null, false, false, false, false, null, null, null, null, null, null, null, List.of(),
                List.of(new ValidationRule("regex", "[a-z", "letters only")), 0, null);
        assertErrorAt(customerWith(code), "fields[3].validation_rules[0].value", "not a valid regular expression");
    }

    @Test
    void formatRulesApplyToTextAndDateRulesToDatesInOrder() {
        FieldDefinition email = FieldDefinition.of("contact", FieldType.STRING)
                .withValidationRules(List.of(new ValidationRule("email", "", null)));
        FieldDefinition due = FieldDefinition.of("due", FieldType.DATE).withValidationRules(List.of(
                new ValidationRule("min_date", "2025-01-01", null), new ValidationRule("max_date", "2024-12-31", null)));
        FieldDefinition count = FieldDefinition.of("count", FieldType.INTEGER).withValidationRules(List.of(
                new ValidationRule("url", "", null), new ValidationRule("min_date", "soon", null)));
        FieldDefinition when = FieldDefinition.of("when", FieldType.DATETIME)
                .withValidationRules(List.of(new ValidationRule("max_date", "someday", null)));

        assertThat(EntityValidator.validate(customerWith(email))).noneMatch(p -> p.path().contains("validation_rules"));
        assertErrorAt(customerWith(due), "fields[3].validation_rules[1].value", "is after the latest date");
        assertErrorAt(customerWith(count), "fields[3].validation_rules[0].type", "applies to text fields");
        assertErrorAt(customerWith(count), "fields[3].validation_rules[1].type", "applies to date");
        assertErrorAt(customerWith(when), "fields[3].validation_rules[0].value", "is not a date");
    }
}
