package io.buildify.server.publish;

import io.buildify.core.api.PublishedEntity;
import io.buildify.core.api.WorkflowSimulationRequest;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.validation.ValidationProblem.Severity;
import io.buildify.core.workflow.WorkflowMarker;
import io.buildify.core.workflow.WorkflowValidator;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.EntityCatalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks workflow validate, publish and simulate share: the request's shape (a definition named like the path,
 * a sane base version and step limit), and the markers of the core rules against the PUBLISHED entity the
 * workflow applies to. Only the server knows which entities are published, so "unknown entity" is its marker.
 */
final class WorkflowRequests {
    /** Marker code of a workflow naming an entity that has not been published. */
    static final String UNKNOWN_ENTITY = "unknown_entity";
    /** Marker code of a workflow naming no entity at all (its conditions cannot be checked against fields). */
    static final String NO_ENTITY = "no_entity";
    private static final int LISTED_IN_MESSAGE = 5;

    private WorkflowRequests() {
    }

    /** The definition, once present and named like the path. */
    static WorkflowDefinition named(String pathName, WorkflowDefinition workflow, String property) {
        if (workflow == null) {
            throw ApiException.badRequest("the request needs a '" + property + "'", Map.of("path", property));
        }
        if (!workflow.name().equals(pathName)) {
            throw ApiException.badRequest("the path names workflow '" + pathName + "' but the definition is named '"
                    + workflow.name() + "'", Map.of("path_name", pathName, "definition_name", workflow.name()));
        }
        return workflow;
    }

    static void requireBaseVersion(int baseVersion) {
        if (baseVersion < 0) {
            throw ApiException.badRequest("base_version must be 0 (new workflow) or a published version, was "
                    + baseVersion, Map.of("path", "base_version"));
        }
    }

    /** {@code max_transitions}, checked against the limit that keeps an answer a few megabytes at most. */
    static int maxTransitions(WorkflowSimulationRequest request) {
        Integer max = request.maxTransitions();
        if (max != null && (max < 1 || max > WorkflowSimulationRequest.MAX_TRANSITIONS)) {
            throw ApiException.badRequest("max_transitions must be from 1 to "
                    + WorkflowSimulationRequest.MAX_TRANSITIONS + ", was " + max, Map.of("path", "max_transitions"));
        }
        return request.effectiveMaxTransitions();
    }

    /** The core rules, with field checks against the latest published version of the workflow's entity. */
    static List<WorkflowMarker> markers(Connection connection, EntityCatalog entities, WorkflowDefinition workflow)
            throws SQLException {
        String entityName = workflow.entityName();
        if (entityName == null || entityName.isBlank()) {
            List<WorkflowMarker> markers = new ArrayList<>(WorkflowValidator.validate(workflow, null));
            markers.add(new WorkflowMarker("", Severity.WARNING, NO_ENTITY, "The workflow names no entity, so its"
                    + " conditions are not checked against fields"));
            return List.copyOf(markers);
        }
        Optional<PublishedEntity> entity = entities.latest(connection, entityName);
        if (entity.isPresent()) {
            return WorkflowValidator.validate(workflow, entity.get().definition());
        }
        List<WorkflowMarker> markers = new ArrayList<>(WorkflowValidator.validate(workflow, null));
        markers.add(new WorkflowMarker("", Severity.ERROR, UNKNOWN_ENTITY, "The workflow applies to entity '"
                + entityName + "', which has not been published"));
        return List.copyOf(markers);
    }

    /** A 400 {@code validation_failed} listing every marker (warnings included) when any is an error. */
    static void requireNoErrors(String name, List<WorkflowMarker> markers) {
        List<WorkflowMarker> errors = markers.stream().filter(WorkflowMarker::isError).toList();
        if (errors.isEmpty()) {
            return;
        }
        String listed = errors.stream().limit(LISTED_IN_MESSAGE).map(WorkflowMarker::message)
                .collect(Collectors.joining("; "));
        String more = errors.size() > LISTED_IN_MESSAGE ? "; and " + (errors.size() - LISTED_IN_MESSAGE) + " more"
                : "";
        throw new ApiException(400, "validation_failed", "workflow '" + name + "' has " + errors.size()
                + (errors.size() == 1 ? " error: " : " errors: ") + listed + more, Map.of("markers", markers));
    }
}
