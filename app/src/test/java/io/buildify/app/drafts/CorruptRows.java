package io.buildify.app.drafts;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes draft rows behind the repositories' back, as a hand edit or a half-restored backup would. */
public final class CorruptRows {
    /** Cut off in the middle: "line 1, column 32: unexpected end of JSON". */
    public static final String TRUNCATED = "{\"id\": \"broken-1\", \"name\": \"ord";

    private CorruptRows() {
    }

    /** Inserts an entity row with {@code storedText} as its definition, exactly as given. */
    public static void insertEntity(DraftStore store, String id, String name, String storedText) {
        store.inTransaction("insert a corrupt row", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entity_drafts"
                    + " (id, name, definition, base_version, published_snapshot, updated_at)"
                    + " VALUES (?, ?, ?, 0, NULL, ?)")) {
                insert.setString(1, id);
                insert.setString(2, name);
                insert.setString(3, storedText);
                insert.setObject(4, OffsetDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
    }

    /** Overwrites the stored definition of the existing entity draft {@code id} with {@code storedText}. */
    public static void damageEntity(DraftStore store, String id, String storedText) {
        int rows = store.inTransaction("damage a row", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE entity_drafts SET definition = ? WHERE id = ?")) {
                update.setString(1, storedText);
                update.setString(2, id);
                return update.executeUpdate();
            }
        });
        if (rows != 1) {
            throw new IllegalArgumentException("no entity draft " + id + " to damage");
        }
    }
}
