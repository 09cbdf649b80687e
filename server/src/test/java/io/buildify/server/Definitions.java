package io.buildify.server;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;

import java.util.UUID;

/** Definitions the server tests publish. */
public final class Definitions {
    private Definitions() {
    }

    /** name string required, email email unique, credit_limit decimal(12,2). */
    public static EntityDefinition customer(String name) {
        return EntityDefinition.of(name)
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING).withRequired(true).withLength(null, 200))
                .withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL).withUnique(true))
                .withFieldAdded(FieldDefinition.of("credit_limit", FieldType.DECIMAL).withPrecision(12, 2));
    }

    public static PublishRequest request(EntityDefinition definition, int baseVersion) {
        return new PublishRequest(definition, baseVersion, "publish " + definition.name(),
                UUID.randomUUID().toString(), "tester");
    }
}
