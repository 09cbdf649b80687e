package io.buildify.app.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;

/** Definitions as the store keeps them: JSON text written by the shared {@link JsonCodec} mapper. */
public final class DefinitionJson {
    private DefinitionJson() {
    }

    public static String write(EntityDefinition definition) {
        if (definition == null) {
            return null;
        }
        try {
            return JsonCodec.mapper().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write entity '" + definition.name() + "' (" + definition.id()
                    + ") as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(WorkflowDefinition workflow) {
        if (workflow == null) {
            return null;
        }
        try {
            return JsonCodec.mapper().writeValueAsString(workflow);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write workflow '" + workflow.name() + "' (" + workflow.id()
                    + ") as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a stored column; {@code what} names it in the error ("definition of entity 1234"). */
    public static EntityDefinition read(String json, String what) {
        return read(json, EntityDefinition.class, what);
    }

    public static WorkflowDefinition readWorkflow(String json, String what) {
        return read(json, WorkflowDefinition.class, what);
    }

    private static <T> T read(String json, Class<T> type, String what) {
        if (json == null) {
            return null;
        }
        try {
            return JsonCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new DraftStoreException("the stored " + what + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
