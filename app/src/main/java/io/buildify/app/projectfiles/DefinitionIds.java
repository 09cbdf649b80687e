package io.buildify.app.projectfiles;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;

/**
 * Re-identifies imported definitions. A replaced draft keeps its own id because the server tells a rename from a
 * drop and an add by id, and the draft's base version belongs to that id.
 */
final class DefinitionIds {
    private DefinitionIds() {
    }

    static EntityDefinition withId(EntityDefinition d, String id) {
        return new EntityDefinition(id, d.name(), d.label(), d.pluralLabel(), d.description(), d.icon(),
                d.category(), d.entityType(), d.tableName(), d.options(), d.primaryField(), d.defaultSortField(),
                d.defaultSortOrder(), d.recordsPerPage(), d.fields(), d.relationships(), d.indexes());
    }

    static WorkflowDefinition withId(WorkflowDefinition w, String id) {
        return new WorkflowDefinition(id, w.name(), w.label(), w.description(), w.category(), w.entityName(),
                w.trigger(), w.states(), w.transitions());
    }

    static WorkflowDefinition withName(WorkflowDefinition w, String name) {
        return new WorkflowDefinition(w.id(), name, w.label(), w.description(), w.category(), w.entityName(),
                w.trigger(), w.states(), w.transitions());
    }
}
