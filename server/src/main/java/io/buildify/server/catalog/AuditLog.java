package io.buildify.server.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/** Append-only record of who did what to which object; written in the transaction of the action it describes. */
public final class AuditLog {
    private static final String TABLE = CatalogSchema.SCHEMA + ".audit_log";

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
}
