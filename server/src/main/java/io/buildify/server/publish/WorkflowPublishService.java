package io.buildify.server.publish;

import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.api.WorkflowSimulationRequest;
import io.buildify.core.api.WorkflowValidationResponse;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.SimulationResult;
import io.buildify.core.workflow.WorkflowMarker;
import io.buildify.core.workflow.WorkflowSimulator;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validating, publishing and simulating workflows (SPEC §2, §4 "Workflows publish the same way"). The server is the
 * authority: it runs the same core rules as the canvas ({@code WorkflowValidator}), with the fields of the
 * PUBLISHED entity the workflow applies to, and refuses a publish that has errors.
 * <p>
 * A publish runs in ONE transaction under the workflow advisory lock and the data-model lock taken shared (so the
 * published entity it is validated against cannot change before the commit): idempotency check, validation,
 * conflict check, the new version row and its audit entry. Versions only grow; every
 * publish is kept as history. Simulation is a pure dry run of a draft or of a published version.
 */
public final class WorkflowPublishService {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowPublishService.class);

    private final PublishContext context;

    public WorkflowPublishService(PublishContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The markers a publish of this definition would be judged by; nothing stored. */
    public WorkflowValidationResponse validate(String name, WorkflowDefinition workflow) throws SQLException {
        WorkflowDefinition definition = WorkflowRequests.named(name, workflow, "workflow");
        try (Connection connection = context.dataSource().getConnection()) {
            return WorkflowValidationResponse.of(WorkflowRequests.markers(connection, context.catalog(), definition));
        }
    }

    /** Stores the definition as the next version; a repeated {@code request_id} gets the first answer back. */
    public WorkflowPublishResult publish(String name, WorkflowPublishRequest request) throws SQLException {
        WorkflowDefinition definition = WorkflowRequests.named(name, request.workflow(), "workflow");
        WorkflowRequests.requireBaseVersion(request.baseVersion());
        // The data-model lock shared: no entity publish can remove a field between this validation and the commit.
        return LockedTransaction.run(context, connection -> {
            Optional<PublishedWorkflow> replay = replay(connection, name, request.requestId());
            if (replay.isPresent()) {
                connection.rollback();
                return new WorkflowPublishResult(replay.get(), true);
            }
            List<WorkflowMarker> markers = WorkflowRequests.markers(connection, context.catalog(), definition);
            WorkflowRequests.requireNoErrors(name, markers);
            int current = context.workflows().latest(connection, name).map(PublishedWorkflow::version).orElse(0);
            PublishRequests.requireCurrentBase("workflow", name, request.baseVersion(), current);
            PublishedWorkflow published = context.workflows().insert(connection, definition, current + 1,
                    request.author(), request.commitMessage(), request.requestId());
            context.audit().recordAll(connection, List.of(
                    AuditLog.Entry.definitionChange(request.author(), "workflow", name, current,
                            published.version(), Map.of("states", definition.states().size(),
                                    "transitions", definition.transitions().size())),
                    new AuditLog.Entry(request.author(), "publish", "workflow", name,
                            auditDetails(published, request.requestId(), markers))));
            connection.commit();
            LOG.info("Published workflow '{}' as version {} ({} states, {} transitions)", name,
                    published.version(), definition.states().size(), definition.transitions().size());
            return new WorkflowPublishResult(published, false);
        }, AdvisoryLock.Lock.exclusive(AdvisoryLock.WORKFLOWS_KEY),
                AdvisoryLock.Lock.shared(AdvisoryLock.DATA_MODEL_KEY));
    }

    /** Runs the request's draft, or the published version it names (the latest when it names none). */
    public SimulationResult simulate(String name, WorkflowSimulationRequest request) throws SQLException {
        int maxTransitions = WorkflowRequests.maxTransitions(request);
        WorkflowDefinition workflow;
        if (request.workflow() != null) {
            if (request.version() != null) {
                throw ApiException.badRequest("give either a 'workflow' to simulate or the published 'version' to"
                        + " run, not both", Map.of("path", "version"));
            }
            workflow = WorkflowRequests.named(name, request.workflow(), "workflow");
        } else {
            workflow = published(name, request.version()).definition();
        }
        return new WorkflowSimulator(workflow).run(request.input(), maxTransitions);
    }

    private PublishedWorkflow published(String name, Integer version) throws SQLException {
        try (Connection connection = context.dataSource().getConnection()) {
            if (version == null) {
                return context.workflows().latest(connection, name).orElseThrow(() -> ApiException.notFound("workflow '"
                        + name + "' has not been published; send a 'workflow' to simulate a draft"));
            }
            return context.workflows().version(connection, name, version).orElseThrow(() -> ApiException.notFound(
                    "workflow '" + name + "' has no published version " + version));
        }
    }

    private Optional<PublishedWorkflow> replay(Connection connection, String name, String requestId)
            throws SQLException {
        if (requestId == null || requestId.isBlank()) {
            return Optional.empty();
        }
        Optional<PublishedWorkflow> earlier = context.workflows().byRequestId(connection, requestId);
        if (earlier.isPresent() && !earlier.get().name().equals(name)) {
            throw ApiException.badRequest("request_id '" + requestId + "' was already used to publish workflow '"
                    + earlier.get().name() + "'", Map.of("path", "request_id"));
        }
        earlier.ifPresent(w -> LOG.info("Workflow publish request {} for '{}' was already applied as version {};"
                + " answering with it", requestId, name, w.version()));
        return earlier;
    }

    private static Map<String, Object> auditDetails(PublishedWorkflow published, String requestId,
                                                    List<WorkflowMarker> markers) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", published.version());
        if (requestId != null) {
            details.put("request_id", requestId);
        }
        if (published.definition().entityName() != null) {
            details.put("entity_name", published.definition().entityName());
        }
        details.put("warnings", markers.size());
        return details;
    }
}
