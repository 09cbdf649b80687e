package io.buildify.app.workflow;

import io.buildify.app.drafts.WorkflowDraft;
import io.buildify.app.server.PublishDelivery;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.BuildifyClientException;
import io.buildify.client.ConflictException;
import io.buildify.client.ServerUnreachableException;
import io.buildify.client.ValidationException;
import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.WorkflowMarker;
import io.buildify.core.workflow.WorkflowValidator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Publishing the open workflow as its next version through the SDK, in the background. The outcome is one
 * sentence a designer can act on: the new version; the server's markers (a 400 lists them, and they are shown
 * like the local ones); someone else's newer version (409); or, with the server unreachable, that the publish was
 * queued and will be sent when the server is back (through the same {@link PublishDelivery} as the entity wizard).
 */
public final class WorkflowPublishViewModel {
    private final WorkflowDesignerViewModel designer;
    private final WorkflowProject project;
    private final ServerConnection server;
    private final PublishDelivery delivery;
    private final TaskRunner runner;
    private final StringProperty commitMessage = new SimpleStringProperty(this, "commitMessage", "");
    private final ReadOnlyBooleanWrapper publishing = new ReadOnlyBooleanWrapper(this, "publishing");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ObservableList<WorkflowMarker> serverMarkers = FXCollections.observableArrayList();

    WorkflowPublishViewModel(WorkflowDesignerViewModel designer, WorkflowProject project, ServerConnection server,
                             TaskRunner runner) {
        this.designer = designer;
        this.project = project;
        this.server = Objects.requireNonNull(server, "server");
        this.delivery = new PublishDelivery(server);
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Starts the publish; returns false (with the reason as outcome) when it cannot start. */
    public boolean publish() {
        if (publishing.get()) {
            return false;
        }
        WorkflowDefinition workflow = designer.document().definition();
        if (WorkflowValidator.hasErrors(designer.problems())) {
            return fail("Fix the " + errorCount() + " problem(s) listed below first: the server refuses a workflow "
                    + "with errors.");
        }
        if (delivery.unavailable()) {
            return fail("The server is not ready (" + server.messageProperty().get() + "). Your draft is saved; "
                    + "publish again when the server is ready.");
        }
        int base = project.find(workflow.id()).map(WorkflowDraft::baseVersion).orElse(0);
        String message = commitMessage.get().isBlank() ? "Published from the designer" : commitMessage.get().strip();
        WorkflowPublishRequest request = new WorkflowPublishRequest(workflow, base, message,
                UUID.randomUUID().toString(), System.getProperty("user.name", "designer"));
        failed.set(false);
        serverMarkers.clear();
        if (delivery.queues()) {
            queue(request);
            return true;
        }
        BuildifyClient client = server.client().orElseThrow(); // present: neither unavailable nor queueing
        publishing.set(true);
        outcome.set("Publishing '" + workflow.name() + "'…");
        runner.run("publish workflow " + workflow.name(), () -> client.publishWorkflow(request),
                published -> succeeded(workflow, published), error -> failedWith(request, error));
        return true;
    }

    /** Offline (or the server stopped answering): into the publish queue, sent once when the server is back. */
    private void queue(WorkflowPublishRequest request) {
        commitMessage.set("");
        outcome.set(delivery.enqueueWorkflow(request.workflow().id(), request));
    }

    private long errorCount() {
        return designer.problems().stream().filter(WorkflowMarker::isError).count();
    }

    private void succeeded(WorkflowDefinition sent, PublishedWorkflow published) {
        publishing.set(false);
        project.markPublished(sent.id(), published.version(), sent);
        outcome.set("Published '" + published.name() + "' as version " + published.version() + ".");
    }

    private void failedWith(WorkflowPublishRequest request, Throwable error) {
        publishing.set(false);
        if (delivery.queuesAfter(error)) {
            queue(request);
            return;
        }
        fail(describe(error));
        if (error instanceof ValidationException e) {
            serverMarkers.setAll(e.markers());
        }
    }

    static String describe(Throwable error) {
        if (error instanceof ValidationException e) {
            List<String> lines = e.markers().stream().map(WorkflowMarker::message).toList();
            return "The server refused the workflow: " + (lines.isEmpty() ? e.getMessage() : String.join("; ", lines));
        }
        if (error instanceof ConflictException e) {
            return "Someone published this workflow in the meantime: your draft is based on version "
                    + e.baseVersion() + ", the server has version " + e.currentVersion() + ".";
        }
        if (error instanceof ServerUnreachableException e) {
            return e.getMessage() + ". Your draft is saved; publish again when the server is back.";
        }
        if (error instanceof BuildifyClientException e) {
            return "Publishing failed: " + e.getMessage();
        }
        return "Publishing failed: " + (error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage());
    }

    private boolean fail(String message) {
        outcome.set(message);
        failed.set(true);
        return false;
    }

    public StringProperty commitMessageProperty() {
        return commitMessage;
    }

    /** True while the request runs (the view shows progress and disables the button). */
    public ReadOnlyBooleanProperty publishingProperty() {
        return publishing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Markers of the last 400 (checked against the published entity, so they may differ from the local ones). */
    public ObservableList<WorkflowMarker> serverMarkers() {
        return serverMarkers;
    }
}
