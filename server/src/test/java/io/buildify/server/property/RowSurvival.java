package io.buildify.server.property;

import io.buildify.core.migration.PostgresTypes;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the rows an entity held before a publish are all still there afterwards with their values: a renamed
 * field's column carries them, a retyped one holds the value converted as the migration converts it (through its
 * text form, numbers without trailing zeros), and a removed field's value sits in one of its archived columns.
 */
final class RowSurvival {
    private final DataSource dataSource;

    RowSurvival(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns how many values were followed. */
    int check(EntityDefinition before, Map<String, Map<String, String>> rowsBefore, EntityDefinition after,
              Map<String, Map<String, String>> rowsAfter, Object context) throws SQLException {
        assertThat(rowsAfter.keySet()).as("row ids of %s after %s", after.tableName(), context)
                .isEqualTo(rowsBefore.keySet());
        int followed = 0;
        try (Connection c = dataSource.getConnection()) {
            for (FieldDefinition was : before.fields()) {
                Optional<FieldDefinition> now = after.field(was.id());
                for (Map.Entry<String, Map<String, String>> row : rowsBefore.entrySet()) {
                    String value = row.getValue().get(was.id());
                    if (now.isPresent()) {
                        String expected = converted(c, value, PostgresTypes.columnType(was),
                                PostgresTypes.columnType(now.get()));
                        assertThat(rowsAfter.get(row.getKey()).get(was.id()))
                                .as("%s.%s (was %s %s) of row %s after %s", after.tableName(), now.get().name(),
                                        was.name(), PostgresTypes.columnType(was), row.getKey(), context)
                                .isEqualTo(expected);
                        followed++;
                    } else if (value != null) {
                        assertThat(archivedHolding(c, after.tableName(), was.name(), row.getKey(), value))
                                .as("an archived column of %s holding %s='%s' of row %s after %s", after.tableName(),
                                        was.name(), value, row.getKey(), context).isTrue();
                        followed++;
                    }
                }
            }
        }
        return followed;
    }

    /** The value as the migration's {@code USING} expression turns it from {@code from} into {@code to}. */
    private static String converted(Connection c, String value, String from, String to) throws SQLException {
        if (value == null || from.equals(to)) {
            return value;
        }
        String text = from.startsWith("NUMERIC") ? "trim_scale(CAST(? AS " + from + "))::text"
                : "CAST(? AS " + from + ")::text";
        String sql = "SELECT " + (to.equals("TEXT") || to.startsWith("VARCHAR") ? text
                : "(" + text + ")::" + to + "::text");
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static boolean archivedHolding(Connection c, String table, String field, String id, String value)
            throws SQLException {
        List<String> archived = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT a.attname FROM pg_attribute a JOIN pg_class t"
                + " ON t.oid = a.attrelid WHERE t.relname = ? AND NOT a.attisdropped AND a.attname LIKE ?")) {
            q.setString(1, table);
            q.setString(2, "\\_archived\\_" + field.replace("_", "\\_") + "\\_%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    archived.add(rs.getString(1));
                }
            }
        }
        for (String column : archived) {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM \"" + table + "\" WHERE id = CAST(? AS uuid)"
                    + " AND \"" + column + "\"::text = ?")) {
                q.setString(1, id);
                q.setString(2, value);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
