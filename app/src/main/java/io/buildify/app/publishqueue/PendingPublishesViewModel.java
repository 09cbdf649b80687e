package io.buildify.app.publishqueue;

import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The "Pending publishes" view and the status-bar indicator: every queue entry with its state, how many are still
 * to be sent, whether the server answers, and the cancel / retry / clear actions. Updates from the sender thread
 * arrive through {@link #listener()} and are applied on the UI executor.
 */
public final class PendingPublishesViewModel {
    private final PublishQueue queue;
    private final Runnable wakeSender;
    private final Executor ui;
    private final ObservableList<QueuedPublish> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pendingCount = new ReadOnlyIntegerWrapper(this, "pendingCount");
    private final ReadOnlyIntegerWrapper publishedCount = new ReadOnlyIntegerWrapper(this, "publishedCount");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final StringBinding indicator;

    /**
     * @param wakeSender asks the sender to send now (after a retry)
     * @param ui         runs updates on the UI thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public PendingPublishesViewModel(PublishQueue queue, ServerConnection server, Runnable wakeSender, Executor ui) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.wakeSender = Objects.requireNonNull(wakeSender, "wakeSender");
        this.ui = Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(server, "server");
        online.set(server.isReady());
        server.stateProperty().addListener((obs, old, now) -> {
            if (now == ServerState.READY || now == ServerState.FAILED) {
                online.set(now == ServerState.READY);
            }
        });
        indicator = Bindings.createStringBinding(() -> (online.get() ? "Online" : "Offline")
                + (pendingCount.get() == 0 ? "" : " · " + pendingCount.get() + " pending"), online, pendingCount);
        refresh();
    }

    /** Reads the queue again. */
    public void refresh() {
        List<QueuedPublish> all = queue.list();
        items.setAll(all);
        pendingCount.set((int) all.stream().filter(item -> item.state().isPending()).count());
        publishedCount.set((int) all.stream().filter(item -> item.state() == PublishState.PUBLISHED).count());
    }

    /** Removes a queued, conflicting or failed entry; returns false if it is being sent or already published. */
    public boolean cancel(QueuedPublish item) {
        boolean removed = queue.cancel(Objects.requireNonNull(item, "item").seq());
        refresh();
        return removed;
    }

    /** Queues a conflicting or failed entry again and sends at once. */
    public boolean retry(QueuedPublish item) {
        boolean queued = queue.retry(Objects.requireNonNull(item, "item").seq());
        refresh();
        if (queued) {
            wakeSender.run();
        }
        return queued;
    }

    /** Removes the published entries from the list. */
    public void clearPublished() {
        queue.clearPublished();
        refresh();
    }

    /** What the sender reports, applied on the UI thread. */
    PublishSender.Listener listener() {
        return new PublishSender.Listener() {
            @Override
            public void queueChanged() {
                ui.execute(PendingPublishesViewModel.this::refresh);
            }

            @Override
            public void reachabilityChanged(boolean reachable, String message) {
                ui.execute(() -> online.set(reachable));
            }
        };
    }

    public ObservableList<QueuedPublish> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** Entries still to be sent (queued or sending). */
    public ReadOnlyIntegerProperty pendingCountProperty() {
        return pendingCount.getReadOnlyProperty();
    }

    /** Published entries still listed; grows when the sender publishes one (the explorer refreshes on it). */
    public ReadOnlyIntegerProperty publishedCountProperty() {
        return publishedCount.getReadOnlyProperty();
    }

    /** Whether the server answered last time anyone asked (the connection's health check or the sender). */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /** The status bar's text: "Online", "Offline · 3 pending". */
    public StringBinding indicatorProperty() {
        return indicator;
    }
}
