package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A valid customer entity that each test breaks in one way. */
final class Fixtures {
    private Fixtures() {
    }

    static EntityDefinition customer() {
        return EntityDefinition.of("customer").withFields(List.of(
                FieldDefinition.of("name", FieldType.STRING).withRequired(true),
                FieldDefinition.of("email", FieldType.EMAIL).withUnique(true),
                FieldDefinition.of("credit_limit", FieldType.DECIMAL).withRange(BigDecimal.ZERO, null)));
    }

    static EntityDefinition customerWith(FieldDefinition extra) {
        return customer().withFieldAdded(extra);
    }

    static FieldDefinition field(String name, FieldType type) {
        return FieldDefinition.of(name, type);
    }

    static FieldDefinition select(String name, String... values) {
        return FieldDefinition.of(name, FieldType.SINGLE_SELECT).withAllowedValues(List.of(values));
    }

    static EntityDefinition replacingField(EntityDefinition entity, int index, FieldDefinition field) {
        List<FieldDefinition> fields = new ArrayList<>(entity.fields());
        fields.set(index, field);
        return entity.withFields(fields);
    }
}
