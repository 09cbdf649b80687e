package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityOptions;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.buildify.core.validation.Fixtures.customer;
import static io.buildify.core.validation.Fixtures.customerWith;
import static io.buildify.core.validation.Fixtures.field;
import static io.buildify.core.validation.ValidationAssertions.assertErrorAt;
import static io.buildify.core.validation.ValidationAssertions.assertNoErrors;
import static io.buildify.core.validation.ValidationAssertions.assertWarningAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Entity-level rules, field names and labels, and the exception; field values and indexes have their own tests. */
class EntityValidatorTest {

    // ---- entity basics -------------------------------------------------------------------------------------

    @Test
    void aWellFormedCustomerHasNoProblems() {
        assertThat(EntityValidator.validate(customer())).isEmpty();
        assertThat(EntityValidator.isValid(customer())).isTrue();
    }

    @Test
    void entityNameMustBeSnakeCase() {
        assertErrorAt(customer().withName("Customer"), "name", "snake_case");
    }

    @Test
    void entityNameMustNotBeAReservedWord() {
        assertErrorAt(customer().withName("user").withTableName("users"), "name", "'user' is a PostgreSQL reserved word");
    }

    @Test
    void tableNameIsCheckedOnItsOwn() {
        assertErrorAt(customer().withTableName("order"), "table_name", "reserved word");
        assertErrorAt(customer().withTableName("x".repeat(64)), "table_name", "at most 63");
    }

    @Test
    void entityLabelIsRequired() {
        assertErrorAt(customer().withLabel(" "), "label", "label is required");
    }

    @Test
    void missingPluralLabelIsOnlyAWarning() {
        assertWarningAt(customer().withPluralLabel(null), "plural_label", "plural label");
        assertThat(EntityValidator.isValid(customer().withPluralLabel(null))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 1000})
    void recordsPerPageAboveOneHundredIsRefused(int perPage) {
        assertErrorAt(customer().withRecordsPerPage(perPage), "records_per_page", "between 1 and 100");
    }

    @Test
    void recordsPerPageOfOneHundredIsAccepted() {
        assertNoErrors(customer().withRecordsPerPage(100));
    }

    @Test
    void primaryFieldMustNameAnExistingField() {
        assertErrorAt(customer().withPrimaryField("nickname"), "primary_field", "no field named 'nickname'");
        assertNoErrors(customer().withPrimaryField("name"));
    }

    @Test
    void defaultSortFieldMayBeASystemField() {
        assertNoErrors(customer().withDefaultSort("created_at", SortOrder.DESC));
        assertErrorAt(customer().withDefaultSort("deleted_at", SortOrder.DESC), "default_sort_field", "deleted_at");
        assertNoErrors(customer().withOptions(EntityOptions.defaults().withSoftDelete(true))
                .withDefaultSort("deleted_at", SortOrder.DESC));
    }

    // ---- field names and labels ----------------------------------------------------------------------------

    @Test
    void fieldNameMustBeAValidIdentifier() {
        assertErrorAt(customerWith(field("Select", FieldType.STRING)), "fields[3].name", "snake_case");
        assertErrorAt(customerWith(field("select", FieldType.STRING)), "fields[3].name", "reserved word");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "created_at", "updated_at", "created_by", "updated_by", "deleted_at"})
    void fieldNameMustNotTakeASystemFieldName(String name) {
        assertErrorAt(customerWith(field(name, FieldType.STRING)), "fields[3].name", "system field name");
    }

    @Test
    void twoFieldsCannotShareAName() {
        assertErrorAt(customerWith(field("email", FieldType.STRING)), "fields[3].name",
                "another field is already named 'email'");
    }

    @Test
    void twoFieldsCannotShareAnId() {
        EntityDefinition entity = customer();
        FieldDefinition copy = entity.fields().get(0).withName("nickname");
        assertErrorAt(entity.withFields(List.of(entity.fields().get(0), copy)), "fields[1].id", "another field has the id");
    }

    @Test
    void fieldLabelIsRequired() {
        assertErrorAt(customerWith(field("nickname", FieldType.STRING).withLabel("")), "fields[3].label",
                "label is required");
    }

    // ---- the exception -------------------------------------------------------------------------------------

    @Test
    void requireValidThrowsWithEveryProblem() {
        EntityDefinition broken = customer().withName("Bad Name").withLabel("");
        assertThatThrownBy(() -> EntityValidator.requireValid(broken))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
                    assertThat(e.errors()).extracting(ValidationProblem::path).containsExactly("name", "label");
                    assertThat(e.getMessage()).startsWith("the definition has 2 errors: name: ");
                });
    }

    @Test
    void requireValidAcceptsWarnings() {
        EntityValidator.requireValid(customer().withPluralLabel(""));
    }
}
