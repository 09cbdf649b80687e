package io.buildify.server.publish;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.RelationshipDefinition;

import java.util.LinkedHashSet;
import java.util.Set;

/** The entities a definition names: lookup fields' entities and relationship targets. */
final class References {
    private References() {
    }

    /** A new, modifiable set. */
    static Set<String> of(EntityDefinition definition) {
        Set<String> names = new LinkedHashSet<>();
        for (FieldDefinition field : definition.fields()) {
            if (field.lookupEntity() != null) {
                names.add(field.lookupEntity());
            }
        }
        for (RelationshipDefinition relationship : definition.relationships()) {
            names.add(relationship.targetEntity());
        }
        return names;
    }
}
