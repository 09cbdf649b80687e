package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityOptions;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SortOrder;
import io.buildify.core.model.ValidationRule;
import java.math.BigDecimal;
import java.util.List;

/** Entities with every kind of part the store must keep intact. */
final class SampleEntities {
    private SampleEntities() {
    }

    /** A customer with text, decimal (scale kept), select, boolean, date-time and lookup fields. */
    static EntityDefinition customer() {
        FieldDefinition name = FieldDefinition.of("full_name", FieldType.STRING).withRequired(true)
                .withLength(2, 120);
        FieldDefinition email = new FieldDefinition("f-email", "email", "E-mail", FieldType.EMAIL, "Contact address",
                "Used for invoices", "name@example.com", null, null, "email", true, true, true, false, null, 254,
                null, null, null, null, null, List.of(),
                List.of(new ValidationRule("regex", "^[^@]+@[^@]+$", "not an e-mail address")), 0, null);
        FieldDefinition limit = FieldDefinition.of("credit_limit", FieldType.DECIMAL).withPrecision(12, 2)
                .withRange(new BigDecimal("0.00"), new BigDecimal("1000000.50")).withDefaultValue("100.00");
        FieldDefinition tier = FieldDefinition.of("tier", FieldType.SINGLE_SELECT)
                .withAllowedValues(List.of("bronze", "silver", "gold"));
        FieldDefinition active = FieldDefinition.of("active", FieldType.BOOLEAN).withDefaultValue("true");
        FieldDefinition since = FieldDefinition.of("customer_since", FieldType.DATETIME).withIndexed(true);
        FieldDefinition manager = FieldDefinition.of("account_manager", FieldType.LOOKUP)
                .withLookupEntity("employee");
        RelationshipDefinition orders = new RelationshipDefinition("r-orders", "orders", "Orders",
                RelationshipKind.ONE_TO_MANY, "sales_order", "customer_id", null, ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION, true);
        return EntityDefinition.of("customer")
                .withDescription("People and companies we sell to — «quoted» ünïcödé")
                .withCategory("Sales")
                .withIcon("account")
                .withOptions(EntityOptions.defaults().withSoftDelete(true))
                .withFieldAdded(name).withFieldAdded(email).withFieldAdded(limit).withFieldAdded(tier)
                .withFieldAdded(active).withFieldAdded(since).withFieldAdded(manager)
                .withPrimaryField("full_name")
                .withDefaultSort("full_name", SortOrder.DESC)
                .withRecordsPerPage(50)
                .withRelationships(List.of(orders))
                .withIndexes(List.of(IndexDefinition.of("customer_tier_idx", List.of("tier", "active"))));
    }

    static EntityDefinition named(String name) {
        return EntityDefinition.of(name).withFieldAdded(FieldDefinition.of("title", FieldType.STRING));
    }
}
