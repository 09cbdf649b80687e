package io.buildify.server.property;

import io.buildify.core.migration.PostgresTypes;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.SystemFields;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Rows of one entity's table: inserting random rows valid for the definition (foreign key columns, lookups and
 * relationship columns alike, point at existing rows or at the row itself), and reading every row's field values
 * as text keyed by row id and field id, so values can be followed through renames. When the table has the
 * soft-delete column, some rows go in deleted ({@link #deleted}).
 */
final class TableRows {
    private final DataSource dataSource;
    private final Random random;
    private final RandomValues values;
    private int refused;
    private int deleted;
    private final Map<String, Map<String, String>> lastRows = new HashMap<>();

    TableRows(DataSource dataSource, Random random) {
        this.dataSource = dataSource;
        this.random = random;
        this.values = new RandomValues(random);
    }

    /** Rows the database refused (a third distinct value for a unique boolean, a one-to-one taken twice...). */
    int refused() {
        return refused;
    }

    /** Inserts up to {@code count} rows; returns how many went in. */
    int insert(EntityDefinition entity, int count) throws SQLException {
        int inserted = 0;
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> foreignKeys = foreignKeys(c, entity.tableName());
            boolean softDelete = hasColumn(c, entity.tableName(), SystemFields.DELETED_AT.name());
            for (int i = 0; i < count; i++) {
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                List<String> columns = new ArrayList<>(List.of("id"));
                List<String> types = new ArrayList<>(List.of("uuid"));
                List<String> row = new ArrayList<>(List.of(id));
                for (FieldDefinition f : entity.fields()) {
                    if (!foreignKeys.containsKey(f.name())) {
                        columns.add(f.name());
                        types.add(PostgresTypes.columnType(f));
                        row.add(values.of(f));
                    }
                }
                if (softDelete && random.nextInt(3) == 0) {
                    deleted(entity.tableName(), columns, types, row);
                }
                Map<String, String> remembered = new HashMap<>(); // may hold NULLs
                for (int k = 1; k < row.size() && k < columns.size(); k++) {
                    remembered.put(columns.get(k) + " " + types.get(k), row.get(k));
                }
                lastRows.put(entity.tableName(), remembered);
                for (Map.Entry<String, String> fk : foreignKeys.entrySet()) {
                    String target = fk.getValue().equals(entity.tableName()) ? id : anyId(c, fk.getValue());
                    if (target != null && (random.nextInt(3) > 0 || notNull(c, entity.tableName(), fk.getKey()))) {
                        columns.add(fk.getKey());
                        types.add("uuid");
                        row.add(target);
                    }
                }
                boolean in = insertOne(c, entity.tableName(), columns, types, row);
                inserted += in ? 1 : 0;
                deleted += in && columns.contains(SystemFields.DELETED_AT.name()) ? 1 : 0;
            }
        }
        return inserted;
    }

    /**
     * Makes the row soft-deleted, often with the field values of the table's last row (those of its columns that
     * keep their type): then only a unique index limited to the rows not deleted, {@code WHERE deleted_at IS NULL},
     * lets both in, and its pre-check must leave the deleted one out.
     */
    private void deleted(String table, List<String> columns, List<String> types, List<String> row) {
        Map<String, String> last = lastRows.get(table);
        if (last != null && random.nextInt(3) > 0) {
            for (int k = 1; k < row.size(); k++) {
                String key = columns.get(k) + " " + types.get(k);
                if (last.containsKey(key)) {
                    row.set(k, last.get(key));
                }
            }
        }
        columns.add(SystemFields.DELETED_AT.name());
        types.add("timestamptz");
        row.add("2024-05-%02d 09:30:00+00".formatted(1 + random.nextInt(28)));
    }

    private boolean insertOne(Connection c, String table, List<String> columns, List<String> types,
                              List<String> row) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO \"" + table + "\" (");
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('"').append(columns.get(i)).append('"');
            params.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(types.get(i)).append(')');
        }
        sql.append(") VALUES (").append(params).append(')');
        try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < row.size(); i++) {
                insert.setString(i + 1, row.get(i));
            }
            insert.executeUpdate();
            return true;
        } catch (SQLException refusedRow) {
            refused++;
            return false;
        }
    }

    /** Soft-deleted rows inserted so far. */
    int deleted() {
        return deleted;
    }

    /** The ids of the rows of {@code entity} whose {@code deleted_at} is set (none when the table lacks it). */
    Set<String> deletedIds(EntityDefinition entity) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            if (!hasColumn(c, entity.tableName(), SystemFields.DELETED_AT.name())) {
                return ids;
            }
            try (PreparedStatement q = c.prepareStatement("SELECT id::text FROM \"" + entity.tableName()
                    + "\" WHERE deleted_at IS NOT NULL"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Row id -> field id -> value as text (null for NULL), for every field of {@code entity}. */
    Map<String, Map<String, String>> read(EntityDefinition entity) throws SQLException {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        StringBuilder sql = new StringBuilder("SELECT id::text");
        entity.fields().forEach(f -> sql.append(", \"").append(f.name()).append("\"::text"));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                sql + " FROM \"" + entity.tableName() + "\""); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 0; i < entity.fields().size(); i++) {
                    row.put(entity.fields().get(i).id(), rs.getString(i + 2));
                }
                rows.put(rs.getString(1), row);
            }
        }
        return rows;
    }

    /** The single-column foreign keys of {@code table}: column -> referenced table. */
    private static Map<String, String> foreignKeys(Connection c, String table) throws SQLException {
        Map<String, String> keys = new TreeMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT a.attname, r.relname FROM pg_constraint k"
                + " JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1]"
                + " WHERE k.contype = 'f' AND t.relname = ? AND cardinality(k.conkey) = 1"
                + " AND a.attname NOT LIKE '\\_archived\\_%'")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return keys;
    }

    private String anyId(Connection c, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id::text FROM \"" + table + "\" ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_attribute a JOIN pg_class t"
                + " ON t.oid = a.attrelid WHERE t.relname = ? AND a.attname = ? AND NOT a.attisdropped")) {
            q.setString(1, table);
            q.setString(2, column);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean notNull(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT a.attnotnull FROM pg_attribute a JOIN pg_class t"
                + " ON t.oid = a.attrelid WHERE t.relname = ? AND a.attname = ?")) {
            q.setString(1, table);
            q.setString(2, column);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
