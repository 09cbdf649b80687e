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
        recordAll(connection, List.of(new Entry(actor, action, objectType, objectName, details)));
    }

    /** Several entries in one statement (one round trip), in list order. */
    public void recordAll(Connection connection, List<Entry> entries) throws SQLException {
        if (!entries.isEmpty()) {
            RoundTrip.one(connection, recordAll(entries));
        }
    }

    /** {@link #recordAll(Connection, List)} as a statement of a {@link RoundTrip}; {@code entries} not empty. */
    public Query<Void> recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no audit entries to record");
        }
        String row = "(?, ?, ?, ?, CAST(? AS jsonb))";
        return Query.update("INSERT INTO " + TABLE + " (actor, action, object_type, object_name, details) VALUES "
                + String.join(", ", java.util.Collections.nCopies(entries.size(), row)), (insert, first) -> {
                    int i = first;
                    for (Entry entry : entries) {
                        insert.setString(i++, entry.actor());
                        insert.setString(i++, entry.action());
                        insert.setString(i++, entry.objectType());
                        insert.setString(i++, entry.objectName());
                        insert.setString(i++, Jsonb.write(entry.details()));
                    }
                    return i;
                });
    }

    /**
     * One audit entry to write. Actions: {@code create} and {@code update} (a definition's first and later
     * versions), {@code publish}, {@code publish_failed}, {@code rollback}, {@code rollback_failed}.
     */
    public record Entry(String actor, String action, String objectType, String objectName, Map<String, ?> details) {
        public Entry {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(objectType, "objectType");
            Objects.requireNonNull(objectName, "objectName");
            details = details == null ? Map.of() : details;
        }

        /**
         * The {@code create} (first version) or {@code update} (any later one) of a definition: the entry that
         * goes with every new version, whatever made it (a publish or a rollback).
         */
        public static Entry definitionChange(String actor, String objectType, String objectName, int fromVersion,
                                             int toVersion, Map<String, ?> details) {
            Map<String, Object> all = new java.util.LinkedHashMap<>();
            if (fromVersion > 0) {
                all.put("from_version", fromVersion);
            }
            all.put("version", toVersion);
            all.putAll(details);
            return new Entry(actor, fromVersion == 0 ? "create" : "update", objectType, objectName, all);
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
