package io.buildify.app.entitywizard;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.UnsupportedChangeException;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.validation.InvalidDefinitionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Step "Preview &amp; publish": the SQL the planner makes from the draft (offline, no server needed), a commit
 * message, and the publish itself, which runs in the background and ends in a {@link PublishOutcome}.
 * On success the draft is marked published with the version the server assigned.
 */
public final class PublishViewModel {
    private final EntityDocument document;
    private final ProjectSession project;
    private final ServerConnection server;
    private final TaskRunner runner;
    private final ReadOnlyStringWrapper upSql = new ReadOnlyStringWrapper(this, "upSql", "");
    private final ReadOnlyStringWrapper downSql = new ReadOnlyStringWrapper(this, "downSql", "");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper(this, "previewNote", "");
    private final ReadOnlyBooleanWrapper previewable = new ReadOnlyBooleanWrapper(this, "previewable");
    private final StringProperty commitMessage = new SimpleStringProperty(this, "commitMessage", "");
    private final ReadOnlyBooleanWrapper publishing = new ReadOnlyBooleanWrapper(this, "publishing");
    private final ReadOnlyObjectWrapper<PublishOutcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome", PublishOutcome.NONE);
    private final BooleanBinding canPublish;
    private final MigrationPlanner planner;
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refreshPreview();

    public PublishViewModel(EntityDocument document, ProjectSession project, ServerConnection server,
                            TaskRunner runner) {
        this.document = Objects.requireNonNull(document, "document");
        this.project = Objects.requireNonNull(project, "project");
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
        // Lookups name entities while foreign keys need tables: ask the drafts for the table of each entity.
        this.planner = new MigrationPlanner(entityName -> project.list().stream()
                .map(EntityDraft::definition).filter(d -> d.name().equals(entityName))
                .map(EntityDefinition::tableName).findFirst().orElse(entityName));
        canPublish = Bindings.createBooleanBinding(
                () -> previewable.get() && !publishing.get() && server.stateProperty().get() == ServerState.READY,
                previewable, publishing, server.stateProperty());
        document.definitionProperty().addListener((obs, old, now) -> refreshPreview());
        project.revisionProperty().addListener(onRevision);
        refreshPreview();
    }

    /** Recomputes the SQL preview from the live definition and the published snapshot, if any. */
    public void refreshPreview() {
        EntityDefinition next = document.definition();
        Optional<EntityDraft> draft = project.find(document.entityId());
        EntityDefinition previous = draft.map(EntityDraft::publishedSnapshot).orElse(null);
        int baseVersion = draft.map(EntityDraft::baseVersion).orElse(0);
        try {
            if (previous != null && previous.equals(next)) {
                show("", "", "No changes since version " + baseVersion + ": nothing to publish.", false);
                return;
            }
            MigrationPlan plan = planner.plan(previous, next, DefinitionVersion.of(baseVersion));
            show(plan.upSql(), plan.downSql(), plan.destructive()
                    ? "Warning: this migration contains destructive steps." : "", true);
        } catch (InvalidDefinitionException e) {
            show("", "", "Fix the problems in the earlier steps to see the SQL (" + e.problems().size()
                    + " problem" + (e.problems().size() == 1 ? "" : "s") + ").", false);
        } catch (UnsupportedChangeException e) {
            // The planner grows ALTER support and more relationship kinds over time; until then say what it said.
            show("", "", (previous == null ? "This entity cannot be planned yet: "
                    : "Changes to a published entity cannot be planned yet: ") + e.getMessage(), false);
        }
    }

    /** Publishes the saved draft in the background; {@link #outcomeProperty()} tells how it went. */
    public void publish() {
        if (publishing.get()) {
            return;
        }
        document.commit();
        if (document.hasErrors()) {
            outcome.set(PublishOutcome.error("Fix the problems in the earlier steps before publishing.", List.of()));
            return;
        }
        Optional<BuildifyClient> client = server.client();
        if (client.isEmpty() || !server.isReady()) {
            outcome.set(PublishOutcome.error("The server is not ready: " + server.messageProperty().get(),
                    List.of()));
            return;
        }
        EntityDefinition definition = document.definition();
        int baseVersion = project.find(definition.id()).map(EntityDraft::baseVersion).orElse(0);
        PublishRequest request = new PublishRequest(definition, baseVersion, blankToNull(commitMessage.get()),
                UUID.randomUUID().toString(), System.getProperty("user.name"));
        publishing.set(true);
        outcome.set(PublishOutcome.NONE);
        runner.run("publish " + definition.name(), () -> client.get().publish(request),
                response -> published(definition, response),
                error -> {
                    publishing.set(false);
                    outcome.set(PublishErrors.describe(definition.name(), error));
                });
    }

    /** Stops listening to the project; called when the wizard closes (the project outlives it). */
    void dispose() {
        project.revisionProperty().removeListener(onRevision);
    }

    private void published(EntityDefinition definition, PublishResponse response) {
        publishing.set(false);
        project.markPublished(definition.id(), response.version(), definition);
        commitMessage.set("");
        List<String> details = new ArrayList<>();
        String time = "";
        if (response.migration() != null) {
            if (response.migration().executionTimeMs() != null) {
                time = " in " + response.migration().executionTimeMs() + " ms";
            }
            details.add(response.migration().upSql());
        }
        outcome.set(PublishOutcome.success("Published " + response.entityName() + " as version "
                + response.version() + time + ".", details));
        refreshPreview();
    }

    private void show(String up, String down, String note, boolean canBePublished) {
        upSql.set(up);
        downSql.set(down);
        previewNote.set(note);
        previewable.set(canBePublished);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ReadOnlyStringProperty upSqlProperty() {
        return upSql.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty downSqlProperty() {
        return downSql.getReadOnlyProperty();
    }

    /** A sentence above the SQL: why there is none, or a warning about destructive steps. */
    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    public StringProperty commitMessageProperty() {
        return commitMessage;
    }

    public ReadOnlyBooleanProperty publishingProperty() {
        return publishing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PublishOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Publish is possible: the draft plans without errors, the server is ready, no publish is running. */
    public BooleanBinding canPublishProperty() {
        return canPublish;
    }
}
