package io.buildify.app.server;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.WorkflowPublishRequest;

/**
 * Where a publish goes when the server cannot take it now (SPEC §3): the app's publish queue, which sends it when
 * the server answers again. Set on the {@link ServerConnection} so every publisher reaches it.
 */
public interface OfflinePublishes {

    /**
     * Stores the entity publish durably and returns a sentence for the user ("Queued: … will be sent when the
     * server is back"). The request id must be set; queueing the same id twice keeps one entry.
     */
    String enqueue(String entityId, PublishRequest request);

    /** {@link #enqueue} for a workflow publish: sent in the same order, to the workflow publish endpoint. */
    String enqueueWorkflow(String workflowId, WorkflowPublishRequest request);
}
