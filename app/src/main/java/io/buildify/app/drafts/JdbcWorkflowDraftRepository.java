package io.buildify.app.drafts;

import io.buildify.core.model.WorkflowDefinition;
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
 * {@link WorkflowDraftRepository} on the {@code workflow_drafts} table (Flyway {@code V10}); every write also
 * appends to the edit log. The table mirrors {@code entity_drafts}, so the SQL follows
 * {@link JdbcEntityDraftRepository} statement for statement.
 */
final class JdbcWorkflowDraftRepository implements WorkflowDraftRepository {
    private static final String COLUMNS = "id, definition, base_version, published_snapshot, updated_at";

    private final GuardedConnection db;
    private final JdbcEditLog editLog;
    private final Clock clock;

    JdbcWorkflowDraftRepository(GuardedConnection db, JdbcEditLog editLog, Clock clock) {
        this.db = db;
        this.editLog = editLog;
        this.clock = clock;
    }

    @Override
    public List<WorkflowDraft> list() {
        return db.read("list the workflow drafts", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM workflow_drafts ORDER BY LOWER(name), id");
                 ResultSet rows = query.executeQuery()) {
                List<WorkflowDraft> drafts = new ArrayList<>();
                while (rows.next()) {
                    drafts.add(toDraft(rows));
                }
                return drafts;
            }
        });
    }

    @Override
    public Optional<WorkflowDraft> find(String workflowId) {
        requireId(workflowId);
        return db.read("read workflow draft " + workflowId, connection -> find(connection, workflowId));
    }

    @Override
    public void save(WorkflowDefinition workflow) {
        Objects.requireNonNull(workflow, "workflow");
        requireId(workflow.id());
        String json = DefinitionJson.write(workflow);
        db.write("save workflow '" + workflow.name() + "'", connection -> {
            Optional<WorkflowDraft> current = find(connection, workflow.id());
            if (current.isPresent() && current.get().definition().equals(workflow)) {
                return null;
            }
            Instant now = now();
            if (current.isEmpty()) {
                insert(connection, workflow, json, 0, null, now);
            } else {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE workflow_drafts SET name = ?, definition = ?, updated_at = ? WHERE id = ?")) {
                    update.setString(1, workflow.name());
                    update.setString(2, json);
                    update.setObject(3, timestamp(now));
                    update.setString(4, workflow.id());
                    update.executeUpdate();
                }
            }
            WorkflowDefinition before = current.map(WorkflowDraft::definition).orElse(null);
            editLog.append(connection, workflow.id(), now, summary(before, workflow), DefinitionJson.write(before),
                    json);
            return null;
        });
    }

    @Override
    public void markPublished(String workflowId, int version, WorkflowDefinition snapshot) {
        requireId(workflowId);
        Objects.requireNonNull(snapshot, "snapshot");
        if (!workflowId.equals(snapshot.id())) {
            throw new IllegalArgumentException("the snapshot is workflow " + snapshot.id() + ", not " + workflowId);
        }
        if (version < 1) {
            throw new IllegalArgumentException("a published version starts at 1, got " + version);
        }
        String json = DefinitionJson.write(snapshot);
        db.write("mark workflow '" + snapshot.name() + "' published", connection -> {
            Optional<WorkflowDraft> current = find(connection, workflowId);
            Instant now = now();
            if (current.isEmpty()) {
                insert(connection, snapshot, json, version, json, now);
            } else {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE workflow_drafts SET base_version = ?, published_snapshot = ?, updated_at = ?"
                                + " WHERE id = ?")) {
                    update.setInt(1, version);
                    update.setString(2, json);
                    update.setObject(3, timestamp(now));
                    update.setString(4, workflowId);
                    update.executeUpdate();
                }
            }
            String before = current.map(WorkflowDraft::publishedSnapshot).map(DefinitionJson::write).orElse(null);
            editLog.append(connection, workflowId, now,
                    "published workflow " + quoted(snapshot.name()) + " as v" + version, before, json);
            return null;
        });
    }

    @Override
    public void delete(String workflowId) {
        requireId(workflowId);
        db.write("delete workflow draft " + workflowId, connection -> {
            Optional<WorkflowDraft> current = find(connection, workflowId);
            if (current.isEmpty()) {
                return null;
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM workflow_drafts WHERE id = ?")) {
                delete.setString(1, workflowId);
                delete.executeUpdate();
            }
            WorkflowDefinition gone = current.get().definition();
            editLog.append(connection, workflowId, now(), "deleted workflow " + quoted(gone.name()),
                    DefinitionJson.write(gone), null);
            return null;
        });
    }

    @Override
    public boolean nameTaken(String name, String exceptId) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return db.read("check the workflow name '" + name + "'", connection -> {
            String sql = "SELECT 1 FROM workflow_drafts WHERE LOWER(name) = LOWER(?)"
                    + (exceptId == null ? "" : " AND id <> ?");
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, name.trim());
                if (exceptId != null) {
                    query.setString(2, exceptId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private static void insert(Connection connection, WorkflowDefinition workflow, String json, int version,
                               String snapshotJson, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO workflow_drafts (id, name, definition, base_version, published_snapshot, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, workflow.id());
            insert.setString(2, workflow.name());
            insert.setString(3, json);
            insert.setInt(4, version);
            insert.setString(5, snapshotJson);
            insert.setObject(6, timestamp(now));
            insert.executeUpdate();
        }
    }

    /** One line for the edit log; the before/after JSON next to it holds the detail. */
    private static String summary(WorkflowDefinition before, WorkflowDefinition after) {
        if (before == null) {
            return "created workflow " + quoted(after.name());
        }
        return "edited workflow " + quoted(after.name()) + " (" + after.states().size() + " states, "
                + after.transitions().size() + " transitions)";
    }

    private static Optional<WorkflowDraft> find(Connection connection, String workflowId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM workflow_drafts WHERE id = ?")) {
            query.setString(1, workflowId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(toDraft(rows)) : Optional.empty();
            }
        }
    }

    private static WorkflowDraft toDraft(ResultSet row) throws SQLException {
        String id = row.getString("id");
        return new WorkflowDraft(
                DefinitionJson.readWorkflow(row.getString("definition"), "definition of workflow " + id),
                row.getInt("base_version"),
                DefinitionJson.readWorkflow(row.getString("published_snapshot"),
                        "published snapshot of workflow " + id),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String quoted(String name) {
        return name.isBlank() ? "(unnamed)" : "'" + name + "'";
    }

    private static void requireId(String workflowId) {
        Objects.requireNonNull(workflowId, "workflowId");
        if (workflowId.isBlank()) {
            throw new IllegalArgumentException("a workflow id is never blank");
        }
    }
}
