package io.buildify.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityDefinitionEditsTest {
    private final EntityDefinition customer = EntityDefinition.of("customer")
            .withFieldAdded(FieldDefinition.of("a", FieldType.STRING))
            .withFieldAdded(FieldDefinition.of("b", FieldType.STRING))
            .withFieldAdded(FieldDefinition.of("c", FieldType.STRING));

    @Test
    void movedFieldTakesItsNewPlaceAndEveryDisplayOrderFollows() {
        EntityDefinition moved = customer.withFieldMoved(2, 0);

        assertThat(moved.fields()).extracting(FieldDefinition::name).containsExactly("c", "a", "b");
        assertThat(moved.fields()).extracting(FieldDefinition::displayOrder).containsExactly(0, 1, 2);
    }

    @Test
    void moveOutsideTheListIsRefused() {
        assertThatThrownBy(() -> customer.withFieldMoved(0, 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("0 to 3 of 3");
    }

    @Test
    void relationshipsAreAddedReplacedAndRemovedById() {
        RelationshipDefinition orders = RelationshipDefinition.of("orders", RelationshipKind.ONE_TO_MANY, "order");
        EntityDefinition added = customer.withRelationshipAdded(orders);
        EntityDefinition replaced = added.withRelationshipReplaced(orders.withOnDelete(ReferentialAction.CASCADE));

        assertThat(replaced.relationship(orders.id())).map(RelationshipDefinition::onDelete)
                .contains(ReferentialAction.CASCADE);
        assertThat(replaced.withRelationshipRemoved(orders.id()).relationships()).isEmpty();
    }

    @Test
    void indexesAreAddedReplacedAndRemovedById() {
        IndexDefinition byName = IndexDefinition.of("customer_a_idx", List.of("a"));
        EntityDefinition replaced = customer.withIndexAdded(byName)
                .withIndexReplaced(byName.withColumns(List.of("a", "b")).withUnique(true));

        assertThat(replaced.index(byName.id())).map(IndexDefinition::columns).contains(List.of("a", "b"));
        assertThat(replaced.indexes().get(0).unique()).isTrue();
        assertThat(replaced.withIndexRemoved(byName.id()).indexes()).isEmpty();
    }

    @Test
    void duplicateGetsAFreshIdDerivedNamesAndItsOwnIndexNames() {
        EntityDefinition source = customer.withCategory("Sales")
                .withIndexAdded(IndexDefinition.of("customer_a_idx", List.of("a")));

        EntityDefinition copy = source.duplicate("customer_copy");

        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.tableName()).isEqualTo("customer_copy");
        assertThat(copy.label()).isEqualTo("Customer Copy");
        assertThat(copy.category()).isEqualTo("Sales");
        assertThat(copy.fields()).isEqualTo(source.fields());
        assertThat(copy.indexes()).extracting(IndexDefinition::name).containsExactly("customer_copy_a_idx");
    }
}
