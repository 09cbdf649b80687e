package io.buildify.app.entitywizard;

import io.buildify.app.project.ProjectSession;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.ConflictException;
import io.buildify.core.api.PublishedEntity;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The conflict state of the publish step: whether the last preview or publish met a newer version on the server
 * (a 409), and the way out, rebasing the draft on that version so the preview shows what publishing it would
 * change from there. The draft itself is kept as it is.
 */
final class PublishConflict {
    private final EntityDocument document;
    private final ProjectSession project;
    private final ServerConnection server;
    private final TaskRunner runner;
    private final Consumer<PublishOutcome> outcome;
    private final Runnable afterRebase;
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(this, "conflict");

    /**
     * @param outcome     receives what the rebase came to (success or why not)
     * @param afterRebase runs once the draft is based on the server's version (e.g. a new server preview)
     */
    PublishConflict(EntityDocument document, ProjectSession project, ServerConnection server, TaskRunner runner,
                    Consumer<PublishOutcome> outcome, Runnable afterRebase) {
        this.document = Objects.requireNonNull(document, "document");
        this.project = Objects.requireNonNull(project, "project");
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.afterRebase = Objects.requireNonNull(afterRebase, "afterRebase");
    }

    /** Records whether {@code error} (null after a success) was a conflict. */
    void update(Throwable error) {
        conflict.set(error instanceof ConflictException);
    }

    /** Loads the server's latest version and makes it the base of the draft. */
    void rebaseOnServerVersion() {
        Optional<BuildifyClient> client = server.client();
        String name = project.find(document.entityId()).map(d -> d.publishedSnapshot() == null ? null
                : d.publishedSnapshot().name()).orElse(document.definition().name());
        if (client.isEmpty()) {
            return;
        }
        runner.run("load " + name, () -> client.get().getEntity(name), latest -> rebase(latest.orElse(null)),
                error -> outcome.accept(PublishErrors.describe(name, error)));
    }

    ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    private void rebase(PublishedEntity latest) {
        if (latest == null) {
            outcome.accept(PublishOutcome.error("The server has no published version of this entity any more.",
                    List.of()));
        } else if (!latest.definition().id().equals(document.entityId())) {
            outcome.accept(PublishOutcome.error("Version " + latest.version() + " on the server was made from"
                    + " another draft (its fields have other ids), so your draft cannot be based on it.", List.of(
                    "Rename your entity to publish it separately, or delete your draft and work on the published one.")));
        } else {
            conflict.set(false);
            project.markPublished(document.entityId(), latest.version(), latest.definition());
            outcome.accept(PublishOutcome.success("Your draft is now based on version " + latest.version()
                    + ". The preview shows what publishing it would change from there.", List.of()));
            afterRebase.run();
        }
    }
}
