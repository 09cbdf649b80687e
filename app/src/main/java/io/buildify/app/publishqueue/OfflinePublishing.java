package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.server.OfflinePublishes;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.WorkflowPublishRequest;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The publish queue as the app runs it: the {@link PublishQueue} in the draft store, the {@link PublishSender}
 * that empties it, and the {@link PendingPublishesViewModel} that shows it. Registered on the
 * {@link ServerConnection} as its {@link OfflinePublishes}, so a publish that finds the server unreachable is
 * queued; the sender is woken whenever the connection becomes ready.
 *
 * <p>Life cycle: construct, {@link #start()}, and {@link #close()} before the draft store closes.
 */
public final class OfflinePublishing implements OfflinePublishes, AutoCloseable {
    private final PublishQueue queue;
    private final PublishSender sender;
    private final PendingPublishesViewModel viewModel;
    private final ServerConnection server;

    public OfflinePublishing(DraftStore store, ServerConnection server, Backoff backoff, Executor ui) {
        this.server = Objects.requireNonNull(server, "server");
        this.queue = new PublishQueue(store);
        // The view model wakes the sender lazily: the sender is built after it, with its listener.
        this.viewModel = new PendingPublishesViewModel(queue, server, this::wakeUp, ui);
        this.sender = new PublishSender(queue, server::client, store.entities(), store.workflows(), backoff, viewModel.listener());
        server.stateProperty().addListener((obs, old, now) -> {
            if (now == ServerState.READY) {
                sender.wakeUp();
            }
        });
        viewModel.onlineProperty().addListener((obs, was, now) -> {
            if (now && server.stateProperty().get() == ServerState.FAILED) {
                server.recheck(); // the sender got through: let the connection (and the publish button) know
            }
        });
    }

    /** Recovers entries a crash left behind, starts sending, and takes offline publishes from now on. */
    public void start() {
        server.setOfflinePublishes(this);
        sender.start();
    }

    @Override
    public String enqueue(String entityId, PublishRequest request) {
        return queued(queue.enqueue(entityId, request));
    }

    @Override
    public String enqueueWorkflow(String workflowId, WorkflowPublishRequest request) {
        return queued(queue.enqueueWorkflow(workflowId, request));
    }

    private String queued(QueuedPublish item) {
        viewModel.refresh();
        sender.wakeUp();
        return "Queued: " + item.kind().displayName().toLowerCase(Locale.ROOT) + " '" + item.name()
                + "' will be sent when the server is back (" + viewModel.pendingCountProperty().get()
                + " pending). See Pending publishes.";
    }

    private void wakeUp() {
        sender.wakeUp();
    }

    public PublishQueue queue() {
        return queue;
    }

    public PendingPublishesViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void close() {
        server.setOfflinePublishes(null);
        sender.close();
    }
}
