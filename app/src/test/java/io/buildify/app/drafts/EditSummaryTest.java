package io.buildify.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditSummaryTest {
    private final EntityDefinition customer = SampleEntities.customer();

    @Test
    void creationNamesTheEntity() {
        assertThat(EditSummary.of(null, customer)).isEqualTo("created entity 'customer'");
        assertThat(EditSummary.of(null, EntityDefinition.of(""))).isEqualTo("created entity (unnamed)");
    }

    @Test
    void fieldChangesAreNamedOneByOne() {
        FieldDefinition first = customer.fields().get(0);
        FieldDefinition second = customer.fields().get(1);
        EntityDefinition edited = customer
                .withFieldReplaced(first.withName("display_name"))
                .withFieldReplaced(second.withRequired(false))
                .withFieldRemoved(customer.fields().get(2).id());

        assertThat(EditSummary.of(customer, edited)).isEqualTo(
                "renamed field 'full_name' to 'display_name'; changed field 'email'; removed field 'credit_limit'");
    }

    @Test
    void settingsRelationshipsAndIndexesAreSummarised() {
        EntityDefinition edited = customer.withRecordsPerPage(10).withRelationships(List.of())
                .withIndexes(List.of(IndexDefinition.of("by_name", List.of("full_name"))));

        assertThat(EditSummary.of(customer, edited))
                .isEqualTo("changed relationships; changed indexes; changed entity settings");
    }
}
