package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
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

/** {@link EntityDraftRepository} on the {@code entity_drafts} table; every write also appends to the edit log. */
final class JdbcEntityDraftRepository implements EntityDraftRepository {
    private static final String COLUMNS = "id, definition, base_version, published_snapshot, updated_at";

    private final GuardedConnection db;
    private final JdbcEditLog editLog;
    private final Clock clock;

    JdbcEntityDraftRepository(GuardedConnection db, JdbcEditLog editLog, Clock clock) {
        this.db = db;
        this.editLog = editLog;
        this.clock = clock;
    }

    @Override
    public List<EntityDraft> list() {
        return db.read("list the entity drafts", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM entity_drafts ORDER BY LOWER(name), id");
                 ResultSet rows = query.executeQuery()) {
                List<EntityDraft> drafts = new ArrayList<>();
                while (rows.next()) {
                    drafts.add(toDraft(rows));
                }
                return drafts;
            }
        });
    }

    @Override
    public Optional<EntityDraft> find(String entityId) {
        requireId(entityId);
        return db.read("read entity draft " + entityId, connection -> find(connection, entityId));
    }

    @Override
    public void save(EntityDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        requireId(definition.id());
        String json = DefinitionJson.write(definition);
        db.write("save entity '" + definition.name() + "'", connection -> {
            Optional<EntityDraft> current = find(connection, definition.id());
            if (current.isPresent() && current.get().definition().equals(definition)) {
                return null; // nothing changed: no write, no log row
            }
            Instant now = now();
            if (current.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO entity_drafts (id, name, definition, base_version, published_snapshot,"
                                + " updated_at) VALUES (?, ?, ?, 0, NULL, ?)")) {
                    insert.setString(1, definition.id());
                    insert.setString(2, definition.name());
                    insert.setString(3, json);
                    insert.setObject(4, timestamp(now));
                    insert.executeUpdate();
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE entity_drafts SET name = ?, definition = ?, updated_at = ? WHERE id = ?")) {
                    update.setString(1, definition.name());
                    update.setString(2, json);
                    update.setObject(3, timestamp(now));
                    update.setString(4, definition.id());
                    update.executeUpdate();
                }
            }
            EntityDefinition before = current.map(EntityDraft::definition).orElse(null);
            editLog.append(connection, definition.id(), now, EditSummary.of(before, definition),
                    DefinitionJson.write(before), json);
            return null;
        });
    }

    @Override
    public void markPublished(String entityId, int version, EntityDefinition snapshot) {
        requireId(entityId);
        Objects.requireNonNull(snapshot, "snapshot");
        if (!entityId.equals(snapshot.id())) {
            throw new IllegalArgumentException("the snapshot is entity " + snapshot.id() + ", not " + entityId);
        }
        if (version < 1) {
            throw new IllegalArgumentException("a published version starts at 1, got " + version);
        }
        String json = DefinitionJson.write(snapshot);
        db.write("mark entity '" + snapshot.name() + "' published", connection -> {
            Optional<EntityDraft> current = find(connection, entityId);
            Instant now = now();
            if (current.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO entity_drafts (id, name, definition, base_version, published_snapshot,"
                                + " updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, entityId);
                    insert.setString(2, snapshot.name());
                    insert.setString(3, json);
                    insert.setInt(4, version);
                    insert.setString(5, json);
                    insert.setObject(6, timestamp(now));
                    insert.executeUpdate();
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE entity_drafts SET base_version = ?, published_snapshot = ?, updated_at = ?"
                                + " WHERE id = ?")) {
                    update.setInt(1, version);
                    update.setString(2, json);
                    update.setObject(3, timestamp(now));
                    update.setString(4, entityId);
                    update.executeUpdate();
                }
            }
            String before = current.map(EntityDraft::publishedSnapshot).map(DefinitionJson::write).orElse(null);
            editLog.append(connection, entityId, now, "published " + quoted(snapshot.name()) + " as v" + version,
                    before, json);
            return null;
        });
    }

    @Override
    public void delete(String entityId) {
        requireId(entityId);
        db.write("delete entity draft " + entityId, connection -> {
            Optional<EntityDraft> current = find(connection, entityId);
            if (current.isEmpty()) {
                return null;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM entity_drafts WHERE id = ?")) {
                delete.setString(1, entityId);
                delete.executeUpdate();
            }
            EntityDefinition gone = current.get().definition();
            editLog.append(connection, entityId, now(), "deleted entity " + quoted(gone.name()),
                    DefinitionJson.write(gone), null);
            return null;
        });
    }

    @Override
    public boolean nameTaken(String name, String exceptEntityId) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return db.read("check the entity name '" + name + "'", connection -> {
            String sql = "SELECT 1 FROM entity_drafts WHERE LOWER(name) = LOWER(?)"
                    + (exceptEntityId == null ? "" : " AND id <> ?");
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, name.trim());
                if (exceptEntityId != null) {
                    query.setString(2, exceptEntityId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private static Optional<EntityDraft> find(Connection connection, String entityId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM entity_drafts WHERE id = ?")) {
            query.setString(1, entityId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(toDraft(rows)) : Optional.empty();
            }
        }
    }

    private static EntityDraft toDraft(ResultSet row) throws SQLException {
        String id = row.getString("id");
        return new EntityDraft(
                DefinitionJson.read(row.getString("definition"), "definition of entity " + id),
                row.getInt("base_version"),
                DefinitionJson.read(row.getString("published_snapshot"), "published snapshot of entity " + id),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Truncated to what the column keeps, so a value read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String quoted(String name) {
        return name.isBlank() ? "(unnamed)" : "'" + name + "'";
    }

    private static void requireId(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        if (entityId.isBlank()) {
            throw new IllegalArgumentException("an entity id is never blank");
        }
    }
}
