package io.buildify.app.publishqueue;

import io.buildify.app.drafts.EntityDraftRepository;
import io.buildify.app.drafts.UnreadableDraftException;
import io.buildify.app.drafts.WorkflowDraftRepository;
import io.buildify.client.BuildifyClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends the {@link PublishQueue} to the server in queue order on one background thread: an entity publish to the
 * entity publish endpoint, a workflow publish to the workflow one, in the one order they were queued in.
 *
 * <p>Life cycle: {@link #start()} puts entries a crash left "sending" back in the queue and begins to send;
 * {@link #wakeUp()} sends at once (after a new entry, or when the server is back); {@link #close()} stops the
 * thread. When the server does not answer, the entry goes back to the queue and the sender waits by
 * {@link Backoff} before trying again; later entries wait too, because a later publish may build on an earlier
 * one. A 409 leaves the entry in {@code conflict} and a refusal in {@code failed}; the sender then goes on with
 * the next entry.
 *
 * <p>Exactly once: the server treats the request id as an idempotency key. Success is recorded in the draft
 * (base version) and in the queue in one transaction; if the app dies before it commits, or between the server
 * applying and the answer arriving, the entry is sent again after the restart and the server answers with the
 * first result.
 */
public final class PublishSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishSender.class);

    /** Told about progress, on the sender thread. */
    public interface Listener {
        /** Some entry changed state. */
        void queueChanged();

        /** The server answered ({@code true}) or did not ({@code false}); {@code message} says what happened. */
        void reachabilityChanged(boolean reachable, String message);
    }

    private final PublishQueue queue;
    private final Supplier<Optional<BuildifyClient>> clients;
    private final EntityDraftRepository entities;
    private final WorkflowDraftRepository workflows;
    private final Backoff backoff;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread sender = new Thread(runnable, "buildify-publish-sender");
        sender.setDaemon(true);
        return sender;
    });
    private final Object lock = new Object();
    private ScheduledFuture<?> nextAttempt;
    private int failuresInARow;
    private volatile boolean closed;

    /**
     * @param clients the current server client, if any (the connection may still be starting)
     * @param entities  where a published entity entry records its new base version
     * @param workflows where a published workflow entry records its new base version
     */
    public PublishSender(PublishQueue queue, Supplier<Optional<BuildifyClient>> clients,
                         EntityDraftRepository entities, WorkflowDraftRepository workflows, Backoff backoff,
                         Listener listener) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.workflows = Objects.requireNonNull(workflows, "workflows");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Recovers entries interrupted by a crash and starts sending. */
    public void start() {
        int recovered = queue.recoverInterrupted();
        if (recovered > 0) {
            LOG.info("{} publish(es) were being sent when the app stopped; sending them again", recovered);
        }
        wakeUp();
    }

    /** Sends now instead of waiting out the backoff: a new entry was queued, or the server is back. */
    public void wakeUp() {
        synchronized (lock) {
            failuresInARow = 0;
            schedule(Duration.ZERO);
        }
    }

    private void schedule(Duration delay) {
        if (thread.isShutdown()) {
            return;
        }
        if (nextAttempt != null) {
            nextAttempt.cancel(false);
        }
        nextAttempt = thread.schedule(this::drain, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends entries until the queue is empty or the server does not answer. Runs on the sender thread only. */
    private void drain() {
        try {
            Optional<QueuedPublish> next;
            while (!closed && (next = queue.takeNext()).isPresent()) {
                listener.queueChanged();
                if (!send(next.get())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // e.g. the store closed under us at exit; whatever was "sending" is recovered at the next start
            LOG.warn("Sending the publish queue stopped: {}", e.toString());
            LOG.debug("Publish queue failure", e);
        }
    }

    /** Returns false when the sender must wait (no answer) before the next entry. */
    private boolean send(QueuedPublish item) {
        Optional<BuildifyClient> client = clients.get();
        if (client.isEmpty()) {
            retryLater(item, "No server connection yet");
            return false;
        }
        int version;
        try {
            version = publish(client.get(), item);
        } catch (RuntimeException error) {
            SendOutcome outcome = SendOutcome.of(error);
            String message = SendOutcome.messageOf(error, item.kind());
            if (outcome == SendOutcome.RETRY_LATER) {
                retryLater(item, message);
                return false;
            }
            if (outcome == SendOutcome.CONFLICT) {
                queue.markConflict(item.seq(), message);
            } else {
                queue.markFailed(item.seq(), message);
            }
            LOG.info("Queued {} publish of '{}' ({}) ended in {}: {}", item.kind().code(), item.name(),
                    item.requestId(), outcome, message);
            answered();
            return true;
        }
        try {
            queue.markPublished(item.seq(), version, "Published as version " + version,
                    () -> recordInDraft(item, version));
        } catch (UnreadableDraftException damaged) {
            // The draft became damaged while the publish waited. The server has it: record that (the whole
            // transaction above rolled back), so the entry is not sent again, and say why the draft did not follow.
            queue.markPublished(item.seq(), version, damagedDraftMessage(item, version, damaged));
            LOG.warn("Queued {} publish of '{}' ({}) published as version {}, but the local draft is damaged: {}",
                    item.kind().code(), item.name(), item.requestId(), version, damaged.getMessage());
            answered();
            return true;
        }
        LOG.info("Queued {} publish of '{}' ({}) published as version {}", item.kind().code(), item.name(),
                item.requestId(), version);
        answered();
        return true;
    }

    /** Sends the entry to the endpoint of its kind; returns the version the server published (or replayed). */
    private static int publish(BuildifyClient client, QueuedPublish item) {
        return switch (item.kind()) {
            case ENTITY -> client.publish(item.toEntityRequest()).version();
            case WORKFLOW -> client.publishWorkflow(item.toWorkflowRequest()).version();
        };
    }

    /** What the pending view shows for a publish the server took but the damaged local draft could not record. */
    static String damagedDraftMessage(QueuedPublish item, int version, UnreadableDraftException damaged) {
        String what = item.kind().displayName().toLowerCase(Locale.ROOT);
        return "Published as version " + version + " on the server, but the local " + what + " draft is damaged: "
                + damaged.problem() + ". It still shows the old version; export its raw JSON or delete it under "
                + "Damaged drafts, below the explorer.";
    }

    private void recordInDraft(QueuedPublish item, int version) {
        switch (item.kind()) {
            case ENTITY -> entities.markPublished(item.definitionId(), version, item.entity());
            case WORKFLOW -> workflows.markPublished(item.definitionId(), version, item.workflow());
        }
    }

    private void answered() {
        synchronized (lock) {
            failuresInARow = 0;
        }
        listener.queueChanged();
        listener.reachabilityChanged(true, "Server answered");
    }

    private void retryLater(QueuedPublish item, String message) {
        queue.requeue(item.seq(), message);
        Duration delay;
        synchronized (lock) {
            failuresInARow++;
            delay = backoff.delayAfter(failuresInARow);
            schedule(delay);
        }
        LOG.info("Publish queue waits {} ms: {}", delay.toMillis(), message);
        listener.queueChanged();
        listener.reachabilityChanged(false, message);
    }

    /**
     * Stops sending after the entry on its way, waiting up to 5 s for it; an entry still on its way then is
     * recovered at the next {@link #start()}. The thread is never interrupted: an interrupt inside H2's file I/O
     * closes the database file under everyone else.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            if (nextAttempt != null) {
                nextAttempt.cancel(false);
            }
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The publish sender did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
