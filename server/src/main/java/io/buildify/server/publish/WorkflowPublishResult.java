package io.buildify.server.publish;

import io.buildify.core.api.PublishedWorkflow;

/** The answer of a workflow publish, and whether it is the stored answer of an earlier request with the same id. */
public record WorkflowPublishResult(PublishedWorkflow workflow, boolean replayed) {
}
