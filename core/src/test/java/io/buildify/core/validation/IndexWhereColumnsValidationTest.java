package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.buildify.core.validation.Fixtures.customer;
import static io.buildify.core.validation.Fixtures.customerWith;
import static io.buildify.core.validation.Fixtures.field;
import static io.buildify.core.validation.ValidationAssertions.assertErrorAt;
import static io.buildify.core.validation.ValidationAssertions.assertNoErrors;

/**
 * A partial index's WHERE that names a column the table does not have is refused in the wizard rather than by
 * PostgreSQL at publish time; words that are legal in a predicate but are not columns are never taken for one.
 */
class IndexWhereColumnsValidationTest {

    private static EntityDefinition withWhere(EntityDefinition entity, String where) {
        return entity.withIndexes(List.of(new IndexDefinition("ix-1", "p_idx", List.of("name"), IndexMethod.BTREE,
                false, where)));
    }

    @Test
    void anUnknownBareNameIsAnError() {
        assertErrorAt(withWhere(customer(), "credit_limit > 0 AND Status = 'open'"), "indexes[0].where",
                "the WHERE clause names 'status', which is not a column of this table");
    }

    @Test
    void anUnknownQuotedNameIsAnError() {
        assertErrorAt(withWhere(customer(), "\"Name\" IS NOT NULL"), "indexes[0].where", "names 'Name'");
    }

    @Test
    void everyUnknownNameIsListed() {
        assertErrorAt(withWhere(customer(), "a > 0 OR b > 0"), "indexes[0].where",
                "names 'a', 'b', which are not columns of this table");
    }

    @Test
    void aRemovedFieldStillNamedIsAnError() {
        EntityDefinition entity = withWhere(customer(), "credit_limit > 0");
        assertNoErrors(entity);
        String creditLimitId = entity.fields().get(2).id();
        assertErrorAt(entity.withFieldRemoved(creditLimitId), "indexes[0].where", "names 'credit_limit'");
    }

    @Test
    void deletedAtNeedsSoftDelete() {
        EntityDefinition entity = withWhere(customer(), "deleted_at IS NULL");
        assertErrorAt(entity.withOptions(entity.options().withSoftDelete(false)), "indexes[0].where",
                "names 'deleted_at'");
        assertNoErrors(entity.withOptions(entity.options().withSoftDelete(true)));
    }

    @Test
    void aDroppedRelationshipKeyIsAnError() {
        EntityDefinition entity = withWhere(customer().withRelationships(List.of(
                RelationshipDefinition.of("profile", RelationshipKind.ONE_TO_ONE, "profile"))),
                "profile_id IS NOT NULL");
        assertNoErrors(entity);
        assertErrorAt(entity.withRelationships(List.of()), "indexes[0].where", "names 'profile_id'");
    }

    @Test
    void aWhereWithAnotherProblemReportsThatOne() {
        assertErrorAt(withWhere(customer(), "(status > 0"), "indexes[0].where", "unbalanced parentheses");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "credit_limit::double precision > 0",
            "name::character varying <> ''",
            "cast(credit_limit as double precision) > 0",
            "created_at::timestamp with time zone > timestamp with time zone '2024-01-01'",
            "created_at::time without time zone > time '08:00'",
            "extract(year from created_at) >= 2024",
            "created_at > date '2024-01-01' + interval '1 day'",
            "created_at < timestamptz '2024-01-01' + interval '1' day to second",
            "customer.name IS NOT NULL",
            "name = E'\\\\x' AND nickname IS NULL",
            "name COLLATE \"C\" > 'a'",
            "created_at AT TIME ZONE 'UTC' > '2024-01-01'",
            "name IS NOT DISTINCT FROM email AND credit_limit BETWEEN 0 AND 1e5",
            "lower(name) LIKE 'a%' AND CASE WHEN credit_limit > 0 THEN true ELSE false END",
            "substring(name from 1 for 2) = 'ab' AND name <> U&'abc'",
            "\"name\" IS NOT NULL AND id IS NOT NULL AND birthday > current_date"})
    void legalPredicateWordsAreNotTakenForColumns(String where) {
        assertNoErrors(withWhere(customerWith(field("birthday", FieldType.DATE)), where));
    }
}
