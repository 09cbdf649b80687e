package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DefinitionJson;
import io.buildify.app.drafts.DraftStore;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.WorkflowPublishRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code publish_queue} table of the draft store: publishes waiting for the server, in order. Every change is
 * committed to the file before the method returns, so a queued publish survives a crash or a restart. Thread-safe
 * (the store serialises all work on its one connection).
 */
public final class PublishQueue {
    private static final String COLUMNS = "seq, request_id, kind, definition_id, definition, base_version,"
            + " commit_message, author, confirm_destructive, created_at, state, attempts, message, published_version";
    private static final int MESSAGE_LIMIT = 4000;

    private final DraftStore store;
    private final Clock clock;

    public PublishQueue(DraftStore store) {
        this(store, Clock.systemUTC());
    }

    PublishQueue(DraftStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores the entity publish {@code request} at the end of the queue. A request id that is already queued is not
     * added twice (the first entry is returned), so a double click cannot publish twice.
     */
    public QueuedPublish enqueue(String entityId, PublishRequest request) {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.definition(), "request.definition");
        requireSameId("entity", entityId, request.definition().id());
        return insert(new Row(PublishKind.ENTITY, entityId, request.definition().name(),
                DefinitionJson.write(request.definition()), request.requestId(), request.baseVersion(),
                request.commitMessage(), request.author(), Boolean.TRUE.equals(request.confirmDestructive())));
    }

    /** Stores the workflow publish {@code request} at the end of the queue, once per request id like entities. */
    public QueuedPublish enqueueWorkflow(String workflowId, WorkflowPublishRequest request) {
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.workflow(), "request.workflow");
        requireSameId("workflow", workflowId, request.workflow().id());
        return insert(new Row(PublishKind.WORKFLOW, workflowId, request.workflow().name(),
                DefinitionJson.write(request.workflow()), request.requestId(), request.baseVersion(),
                request.commitMessage(), request.author(), false));
    }

    /** The columns a new entry is inserted with; the rest are the table's defaults. */
    private record Row(PublishKind kind, String id, String name, String json, String requestId, int baseVersion,
                       String commitMessage, String author, boolean confirmDestructive) {
    }

    private static void requireSameId(String kind, String id, String requestedId) {
        if (!id.equals(requestedId)) {
            throw new IllegalArgumentException("the request publishes " + kind + " " + requestedId + ", not " + id);
        }
    }

    private QueuedPublish insert(Row row) {
        if (row.requestId() == null || row.requestId().isBlank()) {
            throw new IllegalArgumentException("a queued publish needs a request id (the server's idempotency key)");
        }
        return store.inTransaction("queue the publish of '" + row.name() + "'", connection -> {
            Optional<QueuedPublish> known = findByRequestId(connection, row.requestId());
            if (known.isPresent()) {
                return known.get();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publish_queue (request_id,"
                    + " kind, definition_id, definition_name, definition, base_version, commit_message, author,"
                    + " confirm_destructive, created_at, state, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)")) {
                OffsetDateTime now = now();
                insert.setString(1, row.requestId());
                insert.setString(2, row.kind().code());
                insert.setString(3, row.id());
                insert.setString(4, row.name());
                insert.setString(5, row.json());
                insert.setInt(6, row.baseVersion());
                insert.setString(7, row.commitMessage());
                insert.setString(8, row.author());
                insert.setBoolean(9, row.confirmDestructive());
                insert.setObject(10, now);
                insert.setObject(11, now);
                insert.executeUpdate();
            }
            return findByRequestId(connection, row.requestId()).orElseThrow();
        });
    }

    /** Every entry, oldest first. */
    public List<QueuedPublish> list() {
        return store.inTransaction("list the publish queue", connection -> query(connection,
                "SELECT " + COLUMNS + " FROM publish_queue ORDER BY seq"));
    }

    /** How many entries are still to be sent (queued or sending). */
    public int pendingCount() {
        return store.inTransaction("count pending publishes", connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM publish_queue WHERE state IN ('queued', 'sending')");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /**
     * The oldest queued entry, marked {@link PublishState#SENDING} with one more attempt; empty if none. The mark is
     * not fsynced: lost by a power cut, the entry is simply "queued" again and resent under the same request id.
     */
    Optional<QueuedPublish> takeNext() {
        return store.inTransactionUnsynced("take the next queued publish", connection -> {
            List<QueuedPublish> next = query(connection, "SELECT " + COLUMNS + " FROM publish_queue"
                    + " WHERE state = 'queued' ORDER BY seq FETCH FIRST 1 ROW ONLY");
            if (next.isEmpty()) {
                return Optional.empty();
            }
            long seq = next.get(0).seq();
            update(connection, "UPDATE publish_queue SET state = 'sending', attempts = attempts + 1, updated_at = ?"
                    + " WHERE seq = ?", seq);
            return findBySeq(connection, seq);
        });
    }

    /**
     * Records the server's answer. Later queued publishes of the same entity (or workflow) that were drafted on the same base
     * version were drafted on top of this one (the user kept editing offline), so they move to the new version;
     * otherwise each of them would be refused as stale by the publish the user made first.
     */
    void markPublished(long seq, int version, String message) {
        markPublished(seq, version, message, () -> { });
    }

    /**
     * {@link #markPublished(long, int, String)} with {@code alsoRecord} (the draft's new base version, written
     * through the draft store) in the same transaction: both are recorded, or neither, with one fsync.
     */
    void markPublished(long seq, int version, String message, Runnable alsoRecord) {
        store.inTransaction("record a published queue entry", connection -> {
            alsoRecord.run();
            QueuedPublish item = findBySeq(connection, seq).orElseThrow(() -> missing(seq));
            try (PreparedStatement update = connection.prepareStatement("UPDATE publish_queue SET state ="
                    + " 'published', published_version = ?, message = ?, updated_at = ? WHERE seq = ?")) {
                update.setInt(1, version);
                update.setString(2, clip(message));
                update.setObject(3, now());
                update.setLong(4, seq);
                update.executeUpdate();
            }
            try (PreparedStatement rebase = connection.prepareStatement("UPDATE publish_queue SET base_version = ?,"
                    + " updated_at = ? WHERE kind = ? AND definition_id = ? AND seq > ? AND base_version = ?"
                    + " AND state = 'queued'")) {
                rebase.setInt(1, version);
                rebase.setObject(2, now());
                rebase.setString(3, item.kind().code());
                rebase.setString(4, item.definitionId());
                rebase.setLong(5, seq);
                rebase.setInt(6, item.baseVersion());
                rebase.executeUpdate();
            }
            return null;
        });
    }

    /** Back to the queue after no answer (or a server error); sent again later with the same request id. */
    void requeue(long seq, String message) {
        setState(seq, PublishState.QUEUED, message);
    }

    void markConflict(long seq, String message) {
        setState(seq, PublishState.CONFLICT, message);
    }

    void markFailed(long seq, String message) {
        setState(seq, PublishState.FAILED, message);
    }

    /**
     * Entries left in {@link PublishState#SENDING} by a crash go back to the queue: the server may or may not have
     * applied them, and resending the same request id is answered with the first result if it did.
     *
     * @return how many entries were recovered
     */
    int recoverInterrupted() {
        return store.inTransaction("recover interrupted publishes", connection -> update(connection,
                "UPDATE publish_queue SET state = 'queued', updated_at = ? WHERE state = 'sending'", null));
    }

    /** Sends a conflicting or failed entry again (e.g. after the user fixed the cause on the server). */
    public boolean retry(long seq) {
        return store.inTransaction("retry a queued publish", connection -> update(connection,
                "UPDATE publish_queue SET state = 'queued', message = NULL, updated_at = ? WHERE seq = ?"
                        + " AND state IN ('conflict', 'failed')", seq) == 1);
    }

    /**
     * Removes an entry that is not on its way: queued, conflict or failed (published ones are cleared with
     * {@link #clearPublished()}). Returns false if it is being sent or gone.
     */
    public boolean cancel(long seq) {
        return store.inTransaction("cancel a queued publish", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM publish_queue WHERE seq = ?"
                    + " AND state IN ('queued', 'conflict', 'failed')")) {
                delete.setLong(1, seq);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** Removes the published entries; returns how many. */
    public int clearPublished() {
        return store.inTransaction("clear published queue entries", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM publish_queue WHERE state = 'published'")) {
                return delete.executeUpdate();
            }
        });
    }

    private void setState(long seq, PublishState state, String message) {
        store.inTransaction("mark a queued publish " + state.code(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE publish_queue SET state = ?, message = ?, updated_at = ? WHERE seq = ?")) {
                update.setString(1, state.code());
                update.setString(2, clip(message));
                update.setObject(3, now());
                update.setLong(4, seq);
                if (update.executeUpdate() != 1) {
                    throw missing(seq);
                }
            }
            return null;
        });
    }

    /** Runs an UPDATE whose first parameter is the time and second (if not null) the seq. */
    private int update(Connection connection, String sql, Long seq) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, now());
            if (seq != null) {
                update.setLong(2, seq);
            }
            return update.executeUpdate();
        }
    }

    private static Optional<QueuedPublish> findByRequestId(Connection connection, String requestId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM publish_queue WHERE request_id = ?")) {
            query.setString(1, requestId);
            return first(query);
        }
    }

    private static Optional<QueuedPublish> findBySeq(Connection connection, long seq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM publish_queue WHERE seq = ?")) {
            query.setLong(1, seq);
            return first(query);
        }
    }

    private static Optional<QueuedPublish> first(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(toItem(rows)) : Optional.empty();
        }
    }

    private static List<QueuedPublish> query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            List<QueuedPublish> items = new ArrayList<>();
            while (rows.next()) {
                items.add(toItem(rows));
            }
            return items;
        }
    }

    private static QueuedPublish toItem(ResultSet row) throws SQLException {
        long seq = row.getLong("seq");
        int version = row.getInt("published_version");
        Integer published = row.wasNull() ? null : version;
        PublishKind kind = PublishKind.ofCode(row.getString("kind"));
        String json = row.getString("definition");
        String what = "definition of queued publish " + seq;
        return new QueuedPublish(seq, row.getString("request_id"), kind, row.getString("definition_id"),
                kind == PublishKind.ENTITY ? DefinitionJson.read(json, what) : null,
                kind == PublishKind.WORKFLOW ? DefinitionJson.readWorkflow(json, what) : null,
                row.getInt("base_version"), row.getString("commit_message"), row.getString("author"),
                row.getBoolean("confirm_destructive"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                PublishState.ofCode(row.getString("state")), row.getInt("attempts"), row.getString("message"),
                published);
    }

    private OffsetDateTime now() {
        Instant instant = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String clip(String message) {
        if (message == null || message.length() <= MESSAGE_LIMIT) {
            return message;
        }
        return message.substring(0, MESSAGE_LIMIT - 1) + "…";
    }

    private static IllegalStateException missing(long seq) {
        return new IllegalStateException("queued publish " + seq + " is no longer in the queue");
    }
}
