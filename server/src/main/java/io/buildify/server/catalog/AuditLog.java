package io.buildify.server.catalog;

import com.fasterxml.jackson.databind.JavaType;
import io.buildify.core.api.AuditEntry;
import io.buildify.core.json.JsonCodec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Append-only record of who did what to which object; written in the transaction of the action it describes. */
public final class AuditLog {
    private static final String TABLE = CatalogSchema.SCHEMA + ".audit_log";
    private static final JavaType DETAILS = JsonCodec.mapper().getTypeFactory()
            .constructMapType(Map.class, String.class, Object.class);

    public void record(Connection connection, String actor, String action, String objectType, String objectName,
                       Map<String, ?> details) throws SQLException {
        Objects.requireNonNull(action, "action");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (actor, action, object_type, object_name, details) VALUES (?, ?, ?, ?, CAST(? AS jsonb))")) {
            insert.setString(1, actor);
            insert.setString(2, action);
            insert.setString(3, objectType);
            insert.setString(4, objectName);
            insert.setString(5, Jsonb.write(details == null ? Map.of() : details));
            insert.executeUpdate();
        }
    }

    /**
     * Newest first; {@code objectType}/{@code objectName} filter when not null.
     *
     * @param limit at most this many entries
     */
    public List<AuditEntry> list(Connection connection, String objectType, String objectName, int limit)
            throws SQLException {
        List<AuditEntry> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, actor, action, object_type,"
                + " object_name, at, details::text FROM " + TABLE + " WHERE (CAST(? AS text) IS NULL OR object_type = ?)"
                + " AND (CAST(? AS text) IS NULL OR object_name = ?) ORDER BY id DESC LIMIT ?")) {
            query.setString(1, objectType);
            query.setString(2, objectType);
            query.setString(3, objectName);
            query.setString(4, objectName);
            query.setInt(5, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    items.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), EntityCatalog.instant(rs, 6), Jsonb.read(rs.getString(7), DETAILS)));
                }
            }
        }
        return items;
    }
}
