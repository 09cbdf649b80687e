package io.buildify.app.entitywizard;

import io.buildify.app.util.Texts;
import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.history.MigrationHistoryViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.server.PublishDelivery;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.ConfirmationRequiredException;
import io.buildify.client.PreCheckFailedException;
import io.buildify.core.api.PublishPreview;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.RowCheckResult;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.PlanOptions;
import io.buildify.core.migration.MigrationStep;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Step "Preview &amp; publish". The planner turns the draft into a plan at once, offline (up and down SQL and the
 * impact list); when the server is ready, {@link #checkWithServer()} asks it for the same plan with the row checks
 * against the current data. {@link #publish()} runs in the background and ends in a {@link PublishOutcome}; a plan
 * with destructive steps first raises {@link #pendingConfirmationProperty()}, which the view turns into a dialog
 * answered by {@link #confirmDestructive()} or {@link #cancelConfirmation()}. On success the draft is marked
 * published with the version the server assigned.
 */
public final class PublishViewModel {
    static final String ROW_COUNTS_NEED_SERVER = "Row counts need the server: connect to see how many existing rows "
            + "each change would refuse.";

    private final EntityDocument document;
    private final ProjectSession project;
    private final ServerConnection server;
    private final TaskRunner runner;
    private final ReadOnlyStringWrapper upSql = new ReadOnlyStringWrapper(this, "upSql", "");
    private final ReadOnlyStringWrapper downSql = new ReadOnlyStringWrapper(this, "downSql", "");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper(this, "previewNote", "");
    private final ObservableList<MigrationStep> steps = FXCollections.observableArrayList();
    private final ObservableList<RowCheckResult> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checksNote = new ReadOnlyStringWrapper(this, "checksNote", "");
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(this, "blocked");
    private final ReadOnlyBooleanWrapper previewable = new ReadOnlyBooleanWrapper(this, "previewable");
    private final StringProperty commitMessage = new SimpleStringProperty(this, "commitMessage", "");
    private final ReadOnlyBooleanWrapper publishing = new ReadOnlyBooleanWrapper(this, "publishing");
    private final ReadOnlyObjectWrapper<List<DestructiveChange>> pendingConfirmation =
            new ReadOnlyObjectWrapper<>(this, "pendingConfirmation", List.of());
    private final ReadOnlyObjectWrapper<PublishOutcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome", PublishOutcome.NONE);
    private final PublishConflict conflict;
    private final BooleanBinding canPublish;
    private final MigrationPlanner planner;
    private final PublishDelivery delivery;
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refreshPreview();
    /** Grows with every re-plan, so an answer of the server about an older draft is ignored. */
    private long generation;
    private PublishRequest pendingRequest;

    public PublishViewModel(EntityDocument document, ProjectSession project, ServerConnection server,
                            TaskRunner runner) {
        this.document = Objects.requireNonNull(document, "document");
        this.project = Objects.requireNonNull(project, "project");
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.delivery = new PublishDelivery(server);
        // Foreign keys need the tables of the entities they name, and a one-to-many relationship adds its column to
        // its target's table: the offline preview plans against the drafts (the server against what is published).
        this.planner = new MigrationPlanner(new DraftEntities(project), PlanOptions.defaults());
        this.conflict = new PublishConflict(document, project, server, runner, outcome::set, this::checkWithServer);
        canPublish = Bindings.createBooleanBinding(
                () -> previewable.get() && !publishing.get() && (server.stateProperty().get() == ServerState.READY
                        || server.offlinePublishes().isPresent()), // offline: the publish is queued
                previewable, publishing, server.stateProperty());
        document.definitionProperty().addListener((obs, old, now) -> refreshPreview());
        project.revisionProperty().addListener(onRevision);
        refreshPreview();
    }

    /** Recomputes the plan offline from the live definition and the published snapshot, if any. */
    public void refreshPreview() {
        generation++;
        EntityDefinition next = document.definition();
        Optional<EntityDraft> draft = project.find(document.entityId());
        EntityDefinition previous = draft.map(EntityDraft::publishedSnapshot).orElse(null);
        int baseVersion = draft.map(EntityDraft::baseVersion).orElse(0);
        try {
            if (previous != null && previous.equals(next)) {
                show(null, "No changes since version " + baseVersion + ": nothing to publish.");
                return;
            }
            MigrationPlan plan = planner.plan(previous, next, DefinitionVersion.of(baseVersion));
            show(plan, "");
            checksNote.set(previous == null ? "A new table: there are no existing rows to check."
                    : ROW_COUNTS_NEED_SERVER);
        } catch (InvalidDefinitionException e) {
            show(null, "Fix the problems in the earlier steps to see the SQL (" + e.problems().size()
                    + " problem" + (e.problems().size() == 1 ? "" : "s") + ").");
        } catch (UnsupportedChangeException e) {
            // Say what the planner said: some changes (e.g. a relationship kind) may not be supported yet.
            show(null, (previous == null ? "This entity cannot be planned yet: "
                    : "Changes to a published entity cannot be planned yet: ") + e.getMessage());
        }
    }

    /**
     * Asks the server for its preview of the current draft: its plan (what publish will run) and the row checks
     * against the data as it is now. Does nothing offline or when there is nothing to publish; the offline plan
     * stays, with a note that row counts need the server.
     */
    public void checkWithServer() {
        Optional<BuildifyClient> client = server.client();
        if (!previewable.get() || client.isEmpty() || !server.isReady()) {
            return;
        }
        long asked = generation;
        PublishRequest request = request(false);
        checksNote.set("Checking the existing rows on the server…");
        runner.run("preview " + request.definition().name(), () -> client.get().preview(request),
                preview -> {
                    if (asked == generation) {
                        showServerPreview(preview);
                    }
                },
                error -> {
                    if (asked == generation) {
                        conflict.update(error);
                        checksNote.set("The server could not check the rows: " + PublishErrors.describe(
                                request.definition().name(), error).headline());
                    }
                });
    }

    /**
     * Publishes the saved draft in the background ({@link #outcomeProperty()}). Destructive steps are confirmed first
     * ({@link #pendingConfirmationProperty()}), offline too, so a queued request carries confirm_destructive.
     */
    public void publish() {
        if (publishing.get()) {
            return;
        }
        document.commit();
        if (document.hasErrors()) {
            outcome.set(PublishOutcome.error("Fix the problems in the earlier steps before publishing.", List.of()));
            return;
        }
        if (delivery.unavailable()) {
            outcome.set(PublishOutcome.error("The server is not ready: " + server.messageProperty().get(), List.of()));
            return;
        }
        List<DestructiveChange> destructive = steps.stream().filter(MigrationStep::destructive)
                .map(DestructiveChange::of).toList();
        if (!destructive.isEmpty()) {
            askToConfirm(request(false), destructive);
            return;
        }
        deliver(request(false), delivery.queues());
    }

    /** The designer accepted the destructive steps of the pending confirmation: publish with the confirmation. */
    public void confirmDestructive() {
        PublishRequest request = pendingRequest;
        pendingRequest = null;
        pendingConfirmation.set(List.of());
        if (request != null) {
            deliver(request.withConfirmDestructive(true), delivery.queues());
        }
    }

    /** The designer declined: nothing is sent and the draft stays as it is. */
    public void cancelConfirmation() {
        pendingRequest = null;
        pendingConfirmation.set(List.of());
        outcome.set(PublishOutcome.error("Not published: the destructive steps were not confirmed. Your draft is "
                + "saved; change it (e.g. keep the field) or publish again and confirm.", List.of()));
    }

    /**
     * After a conflict: takes the server's latest version as the base of the draft, so the preview shows what
     * publishing the draft would change from there (the draft itself is kept as it is).
     */
    public void rebaseOnServerVersion() {
        conflict.rebaseOnServerVersion();
    }

    /** A history of this entity's migrations, to show in a window of its own; dispose it when that closes. */
    public MigrationHistoryViewModel history() {
        return new MigrationHistoryViewModel(document.entityId(), project, server, runner);
    }

    /** Stops listening to the project; called when the wizard closes (the project outlives it). */
    void dispose() {
        project.revisionProperty().removeListener(onRevision);
    }

    private PublishRequest request(boolean confirmed) {
        EntityDefinition definition = document.definition();
        int baseVersion = project.find(definition.id()).map(EntityDraft::baseVersion).orElse(0);
        return new PublishRequest(definition, baseVersion, Texts.strippedOrNull(commitMessage.get()),
                UUID.randomUUID().toString(), System.getProperty("user.name"), confirmed);
    }

    private void askToConfirm(PublishRequest request, List<DestructiveChange> destructive) {
        pendingRequest = request;
        pendingConfirmation.set(List.copyOf(destructive));
    }

    private void send(PublishRequest request) {
        EntityDefinition definition = request.definition();
        publishing.set(true);
        conflict.update(null);
        outcome.set(PublishOutcome.NONE);
        runner.run("publish " + definition.name(), () -> server.client().orElseThrow().publish(request),
                response -> published(definition, response),
                error -> failed(request, error));
    }

    private void failed(PublishRequest request, Throwable error) {
        publishing.set(false);
        if (delivery.queuesAfter(error)) {
            deliver(request, true);
            return;
        }
        if (error instanceof ConfirmationRequiredException e) {
            // The plan changed on the server since the preview (e.g. someone else's publish): confirm what it says.
            askToConfirm(request, e.destructiveSteps().stream()
                    .map(step -> DestructiveChange.of(step.kind(), step.object())).toList());
            return;
        }
        if (error instanceof PreCheckFailedException e) {
            checks.setAll(e.failedChecks());
            blocked.set(true);
        }
        conflict.update(error);
        outcome.set(PublishErrors.describe(request.definition().name(), error));
    }

    /** To the server, or (offline, or it stopped answering) to the publish queue (io.buildify.app.publishqueue). */
    private void deliver(PublishRequest request, boolean queue) {
        if (!queue) {
            send(request);
            return;
        }
        commitMessage.set("");
        outcome.set(PublishOutcome.success(delivery.enqueue(document.entityId(), request), List.of()));
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

    private void showServerPreview(PublishPreview preview) {
        if (preview.plan() != null) {
            show(preview.plan(), previewNote.get());
        }
        checks.setAll(preview.checks());
        blocked.set(preview.blocked());
        long failing = preview.checks().stream().filter(c -> !c.passed()).count();
        checksNote.set(preview.checks().isEmpty() ? "Checked on the server: no change needs a row check."
                : failing == 0 ? "Checked on the server: every existing row fits the changes."
                : failing + " check" + (failing == 1 ? "" : "s") + " failed: publishing is blocked until the data "
                + "or the definition is fixed.");
    }

    private void show(MigrationPlan plan, String note) {
        upSql.set(plan == null ? "" : plan.upSql());
        downSql.set(plan == null ? "" : plan.downSql());
        steps.setAll(plan == null ? List.of() : plan.steps());
        checks.clear();
        blocked.set(false);
        checksNote.set("");
        previewNote.set(plan != null && plan.destructive() && note.isEmpty()
                ? "Warning: this migration contains destructive steps (in red); publishing asks you to confirm them."
                : note);
        previewable.set(plan != null);
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

    /** The impact list: the plan's steps in order, each with its kind, object and whether it is destructive. */
    public ObservableList<MigrationStep> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    /** The server's row checks (failing rows per column); empty offline and before the server answered. */
    public ObservableList<RowCheckResult> checks() {
        return FXCollections.unmodifiableObservableList(checks);
    }

    /** Where the row counts stand: they need the server, are being checked, or what the server found. */
    public ReadOnlyStringProperty checksNoteProperty() {
        return checksNote.getReadOnlyProperty();
    }

    /** A row check failed: the server would refuse the publish as the data is now. */
    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public StringProperty commitMessageProperty() {
        return commitMessage;
    }

    public ReadOnlyBooleanProperty publishingProperty() {
        return publishing.getReadOnlyProperty();
    }

    /** Destructive steps awaiting the designer's answer; empty when nothing waits. */
    public ReadOnlyObjectProperty<List<DestructiveChange>> pendingConfirmationProperty() {
        return pendingConfirmation.getReadOnlyProperty();
    }

    /** The last publish or preview met a newer version on the server; {@link #rebaseOnServerVersion()} helps. */
    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.conflictProperty();
    }

    public ReadOnlyObjectProperty<PublishOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Publish is possible: the draft plans without errors, the server is ready, no publish is running. */
    public BooleanBinding canPublishProperty() {
        return canPublish;
    }
}
