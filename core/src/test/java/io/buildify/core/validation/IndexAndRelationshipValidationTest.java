package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.model.ReferentialAction;
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

/** Indexes and relationships of an entity: names, columns, methods, WHERE clauses, foreign keys and actions. */
class IndexAndRelationshipValidationTest {

    // ---- indexes -------------------------------------------------------------------------------------------

    private static IndexDefinition index(String name, IndexMethod method, boolean unique, String where,
                                         String... columns) {
        return new IndexDefinition("ix-" + name, name, List.of(columns), method, unique, where);
    }

    @Test
    void indexColumnsMustExist() {
        assertErrorAt(customer().withIndexes(List.of(index("customer_x_idx", IndexMethod.BTREE, false, null,
                "name", "nickname"))), "indexes[0].columns[1]", "no column 'nickname'");
    }

    @Test
    void indexesMayUseSystemColumns() {
        assertNoErrors(customer().withIndexes(List.of(index("customer_created_idx", IndexMethod.BTREE, false, null,
                "created_at", "id"))));
    }

    @Test
    void indexNamesMustBeValidAndUnique() {
        IndexDefinition a = index("by_name", IndexMethod.BTREE, false, null, "name");
        assertErrorAt(customer().withIndexes(List.of(a, index("by_name", IndexMethod.BTREE, false, null, "email"))),
                "indexes[1].name", "already named 'by_name'");
        assertErrorAt(customer().withIndexes(List.of(index("By Name", IndexMethod.BTREE, false, null, "name"))),
                "indexes[0].name", "snake_case");
    }

    @Test
    void indexNeedsAtLeastOneColumn() {
        assertErrorAt(customer().withIndexes(List.of(index("empty_idx", IndexMethod.BTREE, false, null))),
                "indexes[0].columns", "at least one column");
    }

    @Test
    void onlyBtreeIndexesCanBeUnique() {
        assertErrorAt(customer().withIndexes(List.of(index("h_idx", IndexMethod.HASH, true, null, "email"))),
                "indexes[0].unique", "only btree");
    }

    @Test
    void ginIndexesOnlyCoverJsonAndMultipleSelect() {
        assertErrorAt(customer().withIndexes(List.of(index("g_idx", IndexMethod.GIN, false, null, "name"))),
                "indexes[0].method", "gin");
        assertNoErrors(customerWith(field("data", FieldType.JSON))
                .withIndexes(List.of(index("g_idx", IndexMethod.GIN, false, null, "data"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"credit_limit > 0; DROP TABLE customer", "credit_limit > 0 -- x", "/* x */ true",
            "name = $$x$$", "name = 'x", "(credit_limit > 0"})
    void suspiciousWhereClausesAreRefused(String where) {
        assertErrorAt(customer().withIndexes(List.of(index("p_idx", IndexMethod.BTREE, false, where, "name"))),
                "indexes[0].where", "WHERE clause");
    }

    @Test
    void plainWhereClauseIsAccepted() {
        assertNoErrors(customer().withIndexes(List.of(index("p_idx", IndexMethod.BTREE, true,
                "credit_limit > 0 AND name <> 'x'", "email"))));
    }

    // ---- relationships -------------------------------------------------------------------------------------

    private static RelationshipDefinition relationship(String name, RelationshipKind kind, String target) {
        return RelationshipDefinition.of(name, kind, target);
    }

    @Test
    void relationshipNamesMustBeValidAndUnique() {
        assertErrorAt(customer().withRelationships(List.of(relationship("Profile", RelationshipKind.ONE_TO_ONE,
                "profile"))), "relationships[0].name", "snake_case");
        assertErrorAt(customer().withRelationships(List.of(
                relationship("profile", RelationshipKind.ONE_TO_ONE, "profile"),
                relationship("profile", RelationshipKind.MANY_TO_MANY, "tag"))), "relationships[1].name",
                "already named 'profile'");
    }

    @Test
    void relationshipTargetMustBeAValidEntityName() {
        assertErrorAt(customer().withRelationships(List.of(relationship("owner", RelationshipKind.ONE_TO_ONE,
                "user"))), "relationships[0].target_entity", "reserved word");
    }

    @Test
    void oneToOneForeignKeyColumnMustNotClashWithAField() {
        EntityDefinition entity = customerWith(field("profile_id", FieldType.UUID)).withRelationships(List.of(
                relationship("profile", RelationshipKind.ONE_TO_ONE, "profile")));
        assertErrorAt(entity, "relationships[0].foreign_key_column", "already has a column 'profile_id'");
    }

    @Test
    void indexesMayUseOneToOneForeignKeyColumns() {
        assertNoErrors(customer().withRelationships(List.of(relationship("profile", RelationshipKind.ONE_TO_ONE,
                        "profile")))
                .withIndexes(List.of(index("p_idx", IndexMethod.BTREE, false, null, "profile_id", "name"))));
    }

    @Test
    void setNullContradictsARequiredRelationship() {
        RelationshipDefinition required = new RelationshipDefinition("r1", "profile", "Profile",
                RelationshipKind.ONE_TO_ONE, "profile", null, null, ReferentialAction.SET_NULL,
                ReferentialAction.CASCADE, true);
        assertErrorAt(customer().withRelationships(List.of(required)), "relationships[0].on_delete", "SET NULL");
    }

    @Test
    void junctionTableCannotBeTheEntitysOwnTable() {
        RelationshipDefinition tags = new RelationshipDefinition("r1", "tags", "Tags",
                RelationshipKind.MANY_TO_MANY, "tag", null, "customer", null, null, false);
        assertErrorAt(customer().withRelationships(List.of(tags)), "relationships[0].junction_table",
                "entity's own table");
    }
}
