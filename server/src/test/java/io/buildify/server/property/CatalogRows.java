package io.buildify.server.property;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The live catalog of the public tables whose names start with a prefix, archived columns left out: columns
 * ({@code table.column type [not null] [default]}), constraints ({@code table name type [definition]}, CHECK
 * definitions left out since PostgreSQL rewrites them) and index definitions.
 */
record CatalogRows(List<String> columns, List<String> constraints, List<String> indexes) {

    static CatalogRows read(DataSource dataSource, String prefix) throws SQLException {
        String like = prefix.replace("_", "\\_") + "%";
        try (Connection c = dataSource.getConnection()) {
            return new CatalogRows(
                    rows(c, "SELECT t.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                            + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                            + " || CASE WHEN a.atthasdef THEN ' default' ELSE '' END"
                            + " FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid"
                            + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'"
                            + " AND t.relkind = 'r' AND t.relname LIKE ? AND a.attnum > 0 AND NOT a.attisdropped"
                            + " AND a.attname NOT LIKE '\\_archived\\_%' ORDER BY 1", like),
                    rows(c, "SELECT t.relname || ' ' || k.conname || ' ' || k.contype::text || CASE WHEN k.contype = 'c'"
                            + " THEN '' ELSE ' ' || pg_get_constraintdef(k.oid) END"
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
