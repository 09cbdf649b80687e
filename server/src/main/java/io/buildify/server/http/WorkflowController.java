package io.buildify.server.http;

import io.buildify.core.api.ItemsResponse;
import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.api.WorkflowSimulationRequest;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.CatalogQueries;
import io.buildify.server.publish.WorkflowPublishResult;
import io.buildify.server.publish.WorkflowPublishService;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * Published workflows ({@code /api/v1/workflows}): list, get (latest or one version), history, and validate,
 * publish and simulate, whose decisions are the {@link WorkflowPublishService}'s.
 */
public final class WorkflowController {
    private final CatalogQueries queries;
    private final WorkflowPublishService workflows;

    public WorkflowController(CatalogQueries queries, WorkflowPublishService workflows) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.workflows = Objects.requireNonNull(workflows, "workflows");
    }

    /** {@code GET /api/v1/workflows}: the latest version of every published workflow. */
    public void list(Context ctx) throws SQLException {
        ctx.json(new ItemsResponse<>(queries.workflows()));
    }

    /** {@code GET /api/v1/workflows/{name}}: the latest version; 404 if it was never published. */
    public void get(Context ctx) throws SQLException {
        String name = ctx.pathParam("name");
        PublishedWorkflow workflow = queries.workflow(name)
                .orElseThrow(() -> ApiException.notFound("workflow '" + name + "' has not been published"));
        ctx.json(workflow);
    }

    /** {@code GET /api/v1/workflows/{name}/versions/{version}}: 404 if there is no such version. */
    public void getVersion(Context ctx) throws SQLException {
        String name = ctx.pathParam("name");
        int version = version(ctx.pathParam("version"));
        PublishedWorkflow workflow = queries.workflow(name, version)
                .orElseThrow(() -> ApiException.notFound("workflow '" + name + "' has no published version "
                        + version));
        ctx.json(workflow);
    }

    /** {@code GET /api/v1/workflows/{name}/versions}: newest first; empty for a workflow never published. */
    public void versions(Context ctx) throws SQLException {
        ctx.json(new ItemsResponse<>(queries.workflowVersions(ctx.pathParam("name"))));
    }

    /** {@code POST /api/v1/workflows/{name}/validate}, body: the workflow definition; 200 with the markers. */
    public void validate(Context ctx) throws SQLException {
        WorkflowDefinition workflow = JsonBodies.read(ctx, WorkflowDefinition.class);
        ctx.json(workflows.validate(ctx.pathParam("name"), workflow));
    }

    /** {@code POST /api/v1/workflows/{name}/publish}: 201 with the new version, 200 when replayed. */
    public void publish(Context ctx) throws SQLException {
        WorkflowPublishRequest request = JsonBodies.read(ctx, WorkflowPublishRequest.class);
        WorkflowPublishResult result = workflows.publish(ctx.pathParam("name"), request);
        if (result.replayed()) {
            ctx.header(PublishController.REPLAYED_HEADER, "true");
        }
        ctx.status(result.replayed() ? 200 : 201).json(result.workflow());
    }

    /** {@code POST /api/v1/workflows/{name}/simulate}: the path of a dry run, where it stopped and why. */
    public void simulate(Context ctx) throws SQLException {
        WorkflowSimulationRequest request = JsonBodies.read(ctx, WorkflowSimulationRequest.class);
        ctx.json(workflows.simulate(ctx.pathParam("name"), request));
    }

    private static int version(String text) {
        try {
            int version = Integer.parseInt(text.strip());
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest("a version is a whole number from 1, was '" + text + "'",
                Map.of("path", "version"));
    }
}
