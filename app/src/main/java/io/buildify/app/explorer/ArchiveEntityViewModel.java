package io.buildify.app.explorer;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.entitywizard.DestructiveChange;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.app.util.Texts;
import io.buildify.client.BuildifyClient;
import io.buildify.core.api.ArchiveRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.migration.KnownEntities;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.PlanOptions;
import io.buildify.core.migration.UnsupportedChangeException;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Deleting a published entity: its table exists in PostgreSQL, so the delete is an archive that goes through the
 * server like a publish (table renamed aside, rows kept, undone by rolling the migration back). First a
 * {@link #propose proposal} planned offline from the published snapshots in the draft store, for the confirmation
 * dialog; then {@link #archive} sends it (the server plans again and is the authority) and removes the draft.
 * Needs the server: an archive is never queued offline, because the draft would be gone before it happened.
 */
public final class ArchiveEntityViewModel {
    private final ProjectSession project;
    private final ServerConnection server;
    private final TaskRunner runner;
    private final Consumer<String> removeDraft;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    /** @param removeDraft removes an archived entity's draft (and closes its wizard) */
    public ArchiveEntityViewModel(ProjectSession project, ServerConnection server, TaskRunner runner,
                                  Consumer<String> removeDraft) {
        this.project = Objects.requireNonNull(project, "project");
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.removeDraft = Objects.requireNonNull(removeDraft, "removeDraft");
    }

    /** What archiving a published entity will do, for the designer to confirm. */
    public record Proposal(String entityId, String name, int baseVersion, List<DestructiveChange> changes) {
    }

    /** True when the entity has been published: its delete is an archive, not a plain draft delete. */
    public boolean isPublished(String entityId) {
        return project.find(entityId).filter(d -> d.publishedSnapshot() != null).isPresent();
    }

    /**
     * The proposal for the entity's published draft, or empty with {@link #messageProperty()} saying why not: not
     * published, the server is not reachable, or other published entities still point at it.
     */
    public Optional<Proposal> propose(String entityId) {
        Optional<EntityDraft> draft = project.find(entityId).filter(d -> d.publishedSnapshot() != null);
        if (draft.isEmpty()) {
            return refuse("Only a published entity is archived; a draft is simply deleted.");
        }
        EntityDefinition published = draft.get().publishedSnapshot();
        String name = published.name();
        if (server.client().isEmpty() || !server.isReady()) {
            return refuse("Archiving '" + name + "' needs the server, which is not reachable now ("
                    + server.messageProperty().get() + "). Its table stays until you archive it online.");
        }
        List<EntityDefinition> others = project.list().stream().map(EntityDraft::publishedSnapshot)
                .filter(Objects::nonNull).filter(d -> !d.name().equals(name)).toList();
        try {
            MigrationPlan plan = new MigrationPlanner(KnownEntities.of(others), PlanOptions.defaults())
                    .planArchive(published, DefinitionVersion.of(draft.get().baseVersion()), others);
            List<DestructiveChange> changes = plan.steps().stream().filter(MigrationStep::destructive)
                    .map(DestructiveChange::of).toList();
            message.set("");
            failed.set(false);
            return Optional.of(new Proposal(entityId, name, draft.get().baseVersion(), changes));
        } catch (UnsupportedChangeException e) {
            return refuse(e.getMessage());
        }
    }

    /** Archives on the server; on success the draft is removed and the message tells how to bring it back. */
    public void archive(Proposal proposal, String commitMessage) {
        Objects.requireNonNull(proposal, "proposal");
        Optional<BuildifyClient> client = server.client();
        if (client.isEmpty() || busy.get()) {
            return;
        }
        ArchiveRequest request = new ArchiveRequest(proposal.baseVersion(), Texts.strippedOrNull(commitMessage),
                UUID.randomUUID().toString(), System.getProperty("user.name"), true);
        busy.set(true);
        runner.run("archive " + proposal.name(), () -> client.get().archiveEntity(proposal.name(), request),
                response -> archived(proposal, response), error -> {
                    failed.set(true);
                    message.set("'" + proposal.name() + "' was not archived: " + error.getMessage());
                    busy.set(false); // last: whoever waits for busy reads the message
                });
    }

    private void archived(Proposal proposal, PublishResponse response) {
        removeDraft.accept(proposal.entityId());
        failed.set(false);
        message.set("Archived '" + proposal.name() + "' (version " + response.version() + "): its table was renamed"
                + " aside and its rows are kept. Rolling back migration #" + response.migration().id()
                + " on the server brings it back.");
        busy.set(false);
    }

    private Optional<Proposal> refuse(String reason) {
        failed.set(true);
        message.set(reason);
        return Optional.empty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why nothing can be archived, why an archive failed, or what the last archive did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when {@link #messageProperty()} reports a refusal or a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
