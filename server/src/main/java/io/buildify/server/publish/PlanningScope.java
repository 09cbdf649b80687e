package io.buildify.server.publish;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which published definitions planning a publish needs: the entities the definitions name (their tables, for
 * foreign keys) and, for the entity itself and each target of its one-to-many relationships, the entities whose
 * one-to-many relationships put columns into that table (the planner refuses a clash with them).
 */
record PlanningScope(Set<String> names, Set<String> oneToManyTargets) {

    static PlanningScope of(String entity, EntityDefinition... definitions) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        names.add(entity);
        targets.add(entity);
        for (EntityDefinition definition : definitions) {
            for (FieldDefinition field : definition.fields()) {
                if (field.lookupEntity() != null) {
                    names.add(field.lookupEntity());
                }
            }
            for (RelationshipDefinition relationship : definition.relationships()) {
                names.add(relationship.targetEntity());
                if (relationship.kind() == RelationshipKind.ONE_TO_MANY) {
                    targets.add(relationship.targetEntity());
                }
            }
        }
        return new PlanningScope(Set.copyOf(names), Set.copyOf(targets));
    }

    boolean covers(PlanningScope other) {
        return names.containsAll(other.names) && oneToManyTargets.containsAll(other.oneToManyTargets);
    }
}
