package io.buildify.server;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL's catalog says about the public tables whose names start with a prefix: tables, columns (type,
 * length, precision, nullability, default), constraints (with their definitions) and indexes. Two snapshots are
 * equal exactly when the schemas are.
 */
public record SchemaSnapshot(List<String> tables, List<String> columns, List<String> constraints,
                             List<String> indexes) {

    public static SchemaSnapshot of(DataSource dataSource, String prefix) throws SQLException {
        String like = prefix.replace("_", "\\_") + "%";
        try (Connection c = dataSource.getConnection()) {
            return new SchemaSnapshot(
                    rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                            + " AND table_name LIKE ? ORDER BY 1", like),
                    rows(c, "SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('('"
                            + " || character_maximum_length || ')', '') || coalesce(' p' || numeric_precision || ','"
                            + " || numeric_scale, '') || ' null=' || is_nullable || coalesce(' default '"
                            + " || column_default, '') FROM information_schema.columns WHERE table_schema = 'public'"
                            + " AND table_name LIKE ? ORDER BY table_name, column_name", like),
                    rows(c, "SELECT t.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)"
                            + " FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid"
                            + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'"
                            + " AND t.relname LIKE ? ORDER BY 1", like),
                    rows(c, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename LIKE ?"
                            + " ORDER BY 1", like));
        }
    }

    private static List<String> rows(Connection c, String sql, String like) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, like);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
