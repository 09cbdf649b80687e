package io.buildify.app.drafts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@code edit_log} table. Rows are appended inside the caller's transaction, so a save and its row commit together. */
final class JdbcEditLog implements EditLog {
    private final GuardedConnection db;
    /** Changed by {@link #setAuthor} when the user sets their name in Settings; later rows carry the new name. */
    private volatile String author;

    JdbcEditLog(GuardedConnection db, String author) {
        this.db = db;
        this.author = author;
    }

    void setAuthor(String author) {
        this.author = author;
    }

    String author() {
        return author;
    }

    void append(Connection connection, String entityId, Instant at, String summary, String beforeJson,
                String afterJson) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO edit_log (entity_id, at, author, summary, before_json, after_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, entityId);
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(3, author);
            insert.setString(4, summary);
            insert.setString(5, beforeJson);
            insert.setString(6, afterJson);
            insert.executeUpdate();
        }
    }

    @Override
    public List<EditLogEntry> entries(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return db.read("read the edit log", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq, entity_id, at, author, summary, before_json, after_json FROM edit_log"
                            + " WHERE entity_id = ? ORDER BY seq DESC")) {
                query.setString(1, entityId);
                try (ResultSet rows = query.executeQuery()) {
                    List<EditLogEntry> entries = new ArrayList<>();
                    while (rows.next()) {
                        entries.add(new EditLogEntry(rows.getLong(1), rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4),
                                rows.getString(5), rows.getString(6), rows.getString(7)));
                    }
                    return entries;
                }
            }
        });
    }
}
