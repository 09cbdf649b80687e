package io.buildify.app.drafts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;

/** Definitions as the store keeps them: JSON text written by the shared {@link JsonCodec} mapper. */
public final class DefinitionJson {
    private DefinitionJson() {
    }

    public static String write(EntityDefinition definition) {
        return definition == null ? null
                : write(definition, "entity '" + definition.name() + "' (" + definition.id() + ")");
    }

    public static String write(WorkflowDefinition workflow) {
        return workflow == null ? null
                : write(workflow, "workflow '" + workflow.name() + "' (" + workflow.id() + ")");
    }

    /** Writes any definition; {@code what} names it in the error ("entity 'customer' (1234)"). */
    static String write(Object definition, String what) {
        if (definition == null) {
            return null;
        }
        try {
            return JsonCodec.mapper().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + what + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a stored column; {@code what} names it in the error ("definition of entity 1234"). */
    public static EntityDefinition read(String json, String what) {
        return read(json, EntityDefinition.class, what);
    }

    public static WorkflowDefinition readWorkflow(String json, String what) {
        return read(json, WorkflowDefinition.class, what);
    }

    /**
     * Reads a stored column of any definition type; a SQL NULL is null. Text that is not such a definition, or is
     * the JSON literal {@code null} (which no write produces), fails with an {@link UnreadableDraftException}
     * naming {@code what}.
     */
    static <T> T read(String json, Class<T> type, String what) {
        if (json == null) {
            return null;
        }
        T value;
        try {
            value = JsonCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableDraftException(what, problemOf(e), e);
        }
        if (value == null) {
            throw new UnreadableDraftException(what, "it is JSON null", null);
        }
        return value;
    }

    /**
     * "line 1, column 17: unexpected end of JSON": Jackson's message without the source excerpt it appends, with
     * the place in front so a person can find it in the exported text.
     */
    static String problemOf(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int marker = message.indexOf(" (start marker at");
        if (marker > 0) {
            message = message.substring(0, marker);
        }
        if (message.startsWith("Unexpected end-of-input") || message.startsWith("No content to map due to end")) {
            int colon = message.indexOf(": ");
            message = "unexpected end of JSON" + (colon > 0 ? " (" + message.substring(colon + 2) + ")" : "");
        }
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? message
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
    }
}
