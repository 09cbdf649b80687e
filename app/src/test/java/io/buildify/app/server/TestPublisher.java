package io.buildify.app.server;

import io.buildify.app.project.ProjectSession;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.model.EntityDefinition;

import java.util.Objects;
import java.util.UUID;

/**
 * Publishes entities through a connected server's SDK and records each in the draft store as published, as the
 * app's publish step does: the set-up of tests that start from already published entities.
 *
 * @param author who the server records as publishing
 */
public record TestPublisher(ServerConnection server, ProjectSession project, String author) {
    public TestPublisher {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(project, "project");
    }

    public PublishResponse publish(EntityDefinition definition, int base, String message) {
        PublishResponse response = server.client().orElseThrow().publish(new PublishRequest(definition, base,
                message, UUID.randomUUID().toString(), author));
        project.save(definition);
        project.markPublished(definition.id(), response.version(), definition);
        return response;
    }
}
