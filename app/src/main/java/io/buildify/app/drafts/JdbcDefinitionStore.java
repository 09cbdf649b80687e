package io.buildify.app.drafts;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DraftRepository} for one kind of JSON-encoded definition in one {@link DraftTable}, as its
 * {@link DefinitionKind} describes it; the entity and workflow repositories are this with their kind bound. Each
 * write is one unit of work on the store's connection, so the row and its edit-log row commit together (and are on
 * disk when the method returns) or not at all.
 *
 * @param <D> the definition type
 * @param <R> the draft record handed out
 */
class JdbcDefinitionStore<D, R> implements DraftRepository<D, R> {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDefinitionStore.class);
    private static final String PUBLISHED_SNAPSHOT = "published snapshot";
    private final GuardedConnection db;
    private final JdbcEditLog editLog;
    private final Clock clock;
    private final DefinitionKind<D, R> kind;
    private final Sql sql;
    /** The damaged rows last logged, so the warning is not repeated on every list. */
    private volatile List<String> lastWarned = List.of();

    /** A row as read, before it becomes the public draft record. */
    private record Stored<D>(D definition, int baseVersion, D publishedSnapshot, Instant updatedAt) {
    }

    /** The statements, built once from the table's constant name. */
    private record Sql(String selectAll, String selectOne, String insert, String updateDefinition,
                       String updatePublished, String delete, String nameTaken) {
        static Sql on(DraftTable table) {
            String t = table.sqlName();
            String columns = "id, name, definition, base_version, published_snapshot, updated_at";
            return new Sql("SELECT " + columns + " FROM " + t + " ORDER BY LOWER(name), id",
                    "SELECT " + columns + " FROM " + t + " WHERE id = ?",
                    "INSERT INTO " + t + " (" + columns + ") VALUES (?, ?, ?, ?, ?, ?)",
                    "UPDATE " + t + " SET name = ?, definition = ?, updated_at = ? WHERE id = ?",
                    "UPDATE " + t + " SET base_version = ?, published_snapshot = ?, updated_at = ? WHERE id = ?",
                    "DELETE FROM " + t + " WHERE id = ?",
                    "SELECT 1 FROM " + t + " WHERE LOWER(name) = LOWER(?)");
        }
    }

    JdbcDefinitionStore(GuardedConnection db, JdbcEditLog editLog, Clock clock, DefinitionKind<D, R> kind) {
        this.db = Objects.requireNonNull(db, "db");
        this.editLog = Objects.requireNonNull(editLog, "editLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sql = Sql.on(kind.table());
    }

    /** One pass over the table: the rows that read, and the ones that do not. */
    private record Scan<R>(List<R> drafts, List<DamagedDraft> damaged) {
    }

    @Override
    public List<R> list() {
        Scan<R> scan = scan();
        List<String> damagedIds = scan.damaged().stream().map(DamagedDraft::id).toList();
        if (!damagedIds.isEmpty() && !damagedIds.equals(lastWarned)) { // once, not on every refresh of the list
            LOG.warn("{} {} draft(s) cannot be read and are listed as damaged: {}", damagedIds.size(), kind.noun(),
                    scan.damaged().stream().map(d -> d.describe() + ": " + d.reason()).toList());
        }
        lastWarned = damagedIds;
        return scan.drafts();
    }

    @Override
    public List<DamagedDraft> damaged() {
        return scan().damaged();
    }

    /** A row that cannot be read becomes a {@link DamagedDraft}, so one bad row never hides the others. */
    private Scan<R> scan() {
        return db.read("list the " + kind.noun() + " drafts", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql.selectAll());
                 ResultSet rows = query.executeQuery()) {
                List<R> drafts = new ArrayList<>();
                List<DamagedDraft> damaged = new ArrayList<>();
                while (rows.next()) {
                    try {
                        drafts.add(toDraft(read(rows)));
                    } catch (UnreadableDraftException e) {
                        damaged.add(damaged(rows, e));
                    }
                }
                return new Scan<>(drafts, damaged);
            }
        });
    }

    private DamagedDraft damaged(ResultSet row, UnreadableDraftException e) throws SQLException {
        boolean snapshot = e.what().startsWith(PUBLISHED_SNAPSHOT);
        return new DamagedDraft(kind.noun(), row.getString("id"), row.getString("name"),
                (snapshot ? PUBLISHED_SNAPSHOT + ": " : "") + e.problem(),
                row.getString(snapshot ? "published_snapshot" : "definition"));
    }

    @Override
    public Optional<R> find(String id) {
        requireId(id);
        return db.read("read " + kind.noun() + " draft " + id, connection -> find(connection, id).map(this::toDraft));
    }

    @Override
    public void save(D definition) {
        Objects.requireNonNull(definition, "definition");
        String id = kind.id().apply(definition);
        requireId(id);
        String name = kind.name().apply(definition);
        String json = write(definition);
        db.write("save " + kind.noun() + " '" + name + "'", connection -> {
            Optional<Stored<D>> current = find(connection, id);
            if (current.isPresent() && current.get().definition().equals(definition)) {
                return null; // nothing changed: no write, no log row
            }
            Instant now = now();
            if (current.isEmpty()) {
                insert(connection, id, name, json, 0, null, now);
            } else {
                update(connection, sql.updateDefinition(), name, json, now, id);
            }
            D before = current.map(Stored::definition).orElse(null);
            editLog.append(connection, id, now, kind.savedSummary().of(before, definition), write(before), json);
            return null;
        });
    }

    @Override
    public void markPublished(String id, int version, D snapshot) {
        requireId(id);
        Objects.requireNonNull(snapshot, "snapshot");
        String snapshotId = kind.id().apply(snapshot);
        if (!id.equals(snapshotId)) {
            throw new IllegalArgumentException("the snapshot is " + kind.noun() + " " + snapshotId + ", not " + id);
        }
        if (version < 1) {
            throw new IllegalArgumentException("a published version starts at 1, got " + version);
        }
        String name = kind.name().apply(snapshot);
        String json = write(snapshot);
        db.write("mark " + kind.noun() + " '" + name + "' published", connection -> {
            Optional<Stored<D>> current = find(connection, id);
            Instant now = now();
            if (current.isEmpty()) {
                insert(connection, id, name, json, version, json, now);
            } else {
                update(connection, sql.updatePublished(), version, json, now, id);
            }
            String before = current.map(Stored::publishedSnapshot).map(this::write).orElse(null);
            editLog.append(connection, id, now, kind.publishedSummary().of(snapshot, version), before, json);
            return null;
        });
    }

    /**
     * Deletes by the raw row, so a damaged draft can be deleted too (its JSON is only tried, to say "damaged" in
     * the log); the edit log keeps the stored text exactly as it was as "before", so nothing is lost.
     */
    @Override
    public void delete(String id) {
        requireId(id);
        db.write("delete " + kind.noun() + " draft " + id, connection -> {
            String name;
            String storedText;
            boolean readable;
            try (PreparedStatement query = connection.prepareStatement(sql.selectOne())) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    name = rows.getString("name");
                    storedText = rows.getString("definition");
                    readable = readable(rows);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(sql.delete())) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            editLog.append(connection, id, now(), "deleted " + (readable ? "" : "damaged ") + kind.noun() + " "
                    + EditSummary.quoted(name), storedText, null);
            return null;
        });
    }

    private boolean readable(ResultSet row) throws SQLException {
        try {
            read(row);
            return true;
        } catch (UnreadableDraftException e) {
            return false;
        }
    }

    @Override
    public boolean nameTaken(String name, String exceptId) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return db.read("check the " + kind.noun() + " name '" + name + "'", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    sql.nameTaken() + (exceptId == null ? "" : " AND id <> ?"))) {
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

    private void insert(Connection connection, String id, String name, String json, int version,
                        String snapshotJson, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql.insert())) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.setString(3, json);
            insert.setInt(4, version);
            insert.setString(5, snapshotJson);
            insert.setObject(6, timestamp(now));
            insert.executeUpdate();
        }
    }

    /** Runs one of the two UPDATEs; both take (name or version, JSON, time, id). */
    private static void update(Connection connection, String statement, Object nameOrVersion, String json,
                               Instant now, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, nameOrVersion);
            update.setString(2, json);
            update.setObject(3, timestamp(now));
            update.setString(4, id);
            update.executeUpdate();
        }
    }

    private Optional<Stored<D>> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql.selectOne())) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** A row's JSON columns, read with errors that name the column and the draft ("definition of entity 'a' (1)"). */
    private Stored<D> read(ResultSet row) throws SQLException {
        String id = row.getString("id");
        String draft = kind.describe(row.getString("name"), id);
        D definition = DefinitionJson.read(row.getString("definition"), kind.type(), "definition of " + draft);
        String storedId = kind.id().apply(definition);
        if (!id.equals(storedId)) { // a row restored or edited by hand: saving it would write another draft
            throw new UnreadableDraftException("definition of " + draft,
                    "it holds " + kind.noun() + " id " + storedId + ", not the row's id " + id, null);
        }
        return new Stored<>(definition, row.getInt("base_version"),
                DefinitionJson.read(row.getString("published_snapshot"), kind.type(),
                        PUBLISHED_SNAPSHOT + " of " + draft),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private R toDraft(Stored<D> stored) {
        return kind.draft().of(stored.definition(), stored.baseVersion(), stored.publishedSnapshot(),
                stored.updatedAt());
    }

    private String write(D definition) {
        return definition == null ? null : DefinitionJson.write(definition, describe(definition));
    }

    private String describe(D definition) {
        return kind.describe(kind.name().apply(definition), kind.id().apply(definition));
    }

    /** Truncated to what the column keeps, so a value read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void requireId(String id) {
        Objects.requireNonNull(id, kind.noun() + " id");
        if (id.isBlank()) {
            throw new IllegalArgumentException(kind.noun() + " ids are never blank");
        }
    }
}
