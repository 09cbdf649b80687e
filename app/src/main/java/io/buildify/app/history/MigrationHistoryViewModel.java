package io.buildify.app.history;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.BuildifyClientException;
import io.buildify.client.ConflictException;
import io.buildify.client.NotFoundException;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.api.RollbackResponse;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.StepKind;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The migration history of one entity (newest first) with a rollback of its newest completed migration.
 * Lifecycle: made by the Preview &amp; publish step for the open entity, loaded by {@link #refresh()}, reloaded on
 * its own when the draft's published version changes (a publish, a rollback), and detached by {@link #dispose()}
 * when its window closes. After a rollback the draft is based on the version the rollback published; the draft's
 * own edits stay, so publishing again re-applies them.
 */
public final class MigrationHistoryViewModel {
    private final String entityId;
    private final ProjectSession project;
    private final ServerConnection server;
    private final TaskRunner runner;
    private final ObservableList<MigrationRecord> migrations = FXCollections.observableArrayList();
    private final ObjectProperty<MigrationRecord> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final BooleanBinding canRollback;
    private final ChangeListener<Number> onRevision = (obs, old, now) -> reloadIfPublishedVersionChanged();
    private int seenBaseVersion;

    public MigrationHistoryViewModel(String entityId, ProjectSession project, ServerConnection server,
                                     TaskRunner runner) {
        this.entityId = Objects.requireNonNull(entityId, "entityId");
        this.project = Objects.requireNonNull(project, "project");
        this.server = Objects.requireNonNull(server, "server");
        this.runner = Objects.requireNonNull(runner, "runner");
        canRollback = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get()
                        && server.stateProperty().get() == ServerState.READY
                        && rollbackCandidate().map(c -> c.id() == selected.get().id()).orElse(false),
                selected, busy, migrations, server.stateProperty());
        seenBaseVersion = baseVersion();
        project.revisionProperty().addListener(onRevision);
    }

    /** The entity's name on the server: the published snapshot's, else the draft's. */
    public String entityName() {
        return project.find(entityId).map(d -> d.publishedSnapshot() != null ? d.publishedSnapshot().name()
                : d.definition().name()).orElse("");
    }

    /** Loads the history from the server in the background, keeping the selection by migration id. */
    public void refresh() {
        Optional<BuildifyClient> client = readyClient();
        if (client.isEmpty()) {
            return;
        }
        String name = entityName();
        busy.set(true);
        runner.run("history of " + name, () -> client.get().migrations(name), this::loaded, error -> {
            busy.set(false);
            if (error instanceof NotFoundException) {
                migrations.clear();
                say("Not published yet: " + name + " has no migrations.", false);
            } else {
                say("Could not load the history: " + describe(error), true);
            }
        });
    }

    /**
     * The migration a rollback may undo: the newest completed one that is not itself a rollback. Older ones are
     * refused by the server anyway, since later migrations build on them.
     */
    public Optional<MigrationRecord> rollbackCandidate() {
        return migrations.stream().filter(m -> m.status() == MigrationStatus.COMPLETED && m.rollsBack() == null)
                .findFirst();
    }

    /** What rolling {@code migration} back will do, one line per undone step, newest first; for the dialog. */
    public static List<String> rollbackEffects(MigrationRecord migration) {
        List<MigrationStep> changes = new ArrayList<>(migration.changes() == null ? List.of() : migration.changes());
        java.util.Collections.reverse(changes);
        return changes.stream().map(MigrationHistoryViewModel::undoLine).toList();
    }

    /**
     * Rolls the selected migration back (the view has shown {@link #rollbackEffects} and the designer confirmed,
     * so a down script that drops data is confirmed too). The server's answer, or its refusal naming the later
     * migrations, ends up in {@link #messageProperty()}.
     */
    public void rollback() {
        MigrationRecord target = selected.get();
        Optional<BuildifyClient> client = readyClient();
        if (target == null || client.isEmpty() || !canRollback.get()) {
            return;
        }
        busy.set(true);
        RollbackRequest request = new RollbackRequest(System.getProperty("user.name"),
                "Roll back migration " + target.id() + " (" + versions(target) + ")", true);
        runner.run("rollback " + target.id(), () -> client.get().rollback(target.id(), request),
                response -> rolledBack(client.get(), response),
                error -> {
                    busy.set(false);
                    say(error instanceof ConflictException
                            ? "The server refused the rollback: " + describe(error)
                            : "Rollback failed, nothing was changed: " + describe(error), true);
                });
    }

    /** Stops following the project; call when the history window closes. */
    public void dispose() {
        project.revisionProperty().removeListener(onRevision);
    }

    /** {@code v1 → v2}, or {@code new → v1} for a create. */
    public static String versions(MigrationRecord migration) {
        return (migration.fromVersion() == 0 ? "new" : "v" + migration.fromVersion()) + " → v"
                + migration.toVersion();
    }

    private void loaded(List<MigrationRecord> records) {
        busy.set(false);
        Long keep = selected.get() == null ? null : selected.get().id();
        migrations.setAll(records);
        selected.set(records.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                .orElse(records.isEmpty() ? null : records.get(0)));
        if (records.isEmpty()) {
            say("Not published yet: " + entityName() + " has no migrations.", false);
        } else if (messageIsError.get()) {
            say("", false);
        }
    }

    private void rolledBack(BuildifyClient client, RollbackResponse response) {
        say("Rolled back migration " + response.rolledBack().id() + " (" + versions(response.rolledBack()) + "): "
                + response.entityName() + " is now version " + response.version() + ", with the definition of "
                + "version " + response.rolledBack().fromVersion() + ".", false);
        // Base the draft on what the server now holds, so the next publish is not refused as stale.
        runner.run("load " + response.entityName(), () -> client.getEntity(response.entityName()),
                latest -> {
                    latest.filter(e -> e.definition().id().equals(entityId)).ifPresent(this::rebaseDraft);
                    busy.set(false);
                    refresh();
                },
                error -> {
                    busy.set(false);
                    refresh();
                });
    }

    private void rebaseDraft(PublishedEntity latest) {
        seenBaseVersion = latest.version();
        project.markPublished(entityId, latest.version(), latest.definition());
    }

    private void reloadIfPublishedVersionChanged() {
        int now = baseVersion();
        if (now != seenBaseVersion) {
            seenBaseVersion = now;
            refresh();
        }
    }

    private int baseVersion() {
        return project.find(entityId).map(EntityDraft::baseVersion).orElse(0);
    }

    private Optional<BuildifyClient> readyClient() {
        if (!server.isReady() || server.client().isEmpty()) {
            say("The server is not ready: " + server.messageProperty().get(), true);
            return Optional.empty();
        }
        return server.client();
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    private static String undoLine(MigrationStep step) {
        StepKind undo = step.kind().inverse();
        String line = undo.code().replace('_', ' ') + " " + (step.object() == null ? "" : step.object());
        if (undo.dropsData()) {
            return line + " — the data in it is lost";
        }
        if (undo == StepKind.RESTORE_COLUMN || undo == StepKind.RESTORE_TABLE) {
            return line + " — brought back from the archive with its data";
        }
        return line;
    }

    private static String describe(Throwable error) {
        if (error instanceof BuildifyClientException e) {
            return e.getMessage();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    public ObservableList<MigrationRecord> migrations() {
        return FXCollections.unmodifiableObservableList(migrations);
    }

    public ObjectProperty<MigrationRecord> selectedProperty() {
        return selected;
    }

    /** Loading or rolling back. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last result or error, one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** Enabled only for the {@link #rollbackCandidate()} while the server is ready and nothing runs. */
    public BooleanBinding canRollbackProperty() {
        return canRollback;
    }
}
