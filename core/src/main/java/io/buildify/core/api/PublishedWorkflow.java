package io.buildify.core.api;

import io.buildify.core.model.WorkflowDefinition;

import java.time.Instant;

/**
 * One published version of a workflow: {@code GET /api/v1/workflows/{name}} (the latest),
 * {@code .../versions/{version}}, and the answer of a publish.
 */
public record PublishedWorkflow(String name, int version, WorkflowDefinition definition, Instant publishedAt,
                                String author, String commitMessage) {
}
