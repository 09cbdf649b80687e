package io.buildify.app.server;

import io.buildify.core.api.PublishRequest;

/**
 * Where a publish goes when the server cannot take it now (SPEC §3): the app's publish queue, which sends it when
 * the server answers again. Set on the {@link ServerConnection} so every publisher reaches it.
 */
@FunctionalInterface
public interface OfflinePublishes {

    /**
     * Stores the request durably and returns a sentence for the user ("Queued: … will be published when the
     * server is back"). The request id must be set; queueing the same id twice keeps one entry.
     */
    String enqueue(String entityId, PublishRequest request);
}
