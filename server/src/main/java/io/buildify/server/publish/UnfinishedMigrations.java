package io.buildify.server.publish;

import io.buildify.server.catalog.MigrationHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * At server start, like Flyway's repair of a failed run: a history row still {@code running} belongs to a server
 * that died during the migration, whose transaction PostgreSQL rolled back, so the row is marked failed with a
 * message saying so. Done only when the data-model lock is free (tried once, not waited for): while another server
 * on the same database holds it, its running row is live and is left alone.
 */
public final class UnfinishedMigrations {
    static final String MESSAGE = "the server stopped while this migration ran; PostgreSQL rolled its transaction"
            + " back, so nothing of it was applied";
    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedMigrations.class);

    private UnfinishedMigrations() {
    }

    /** @return the ids of the rows marked failed (empty too when another publisher holds the lock) */
    public static List<Long> markFailed(DataSource dataSource, MigrationHistory history) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    LOG.info("Another server is publishing; its running migrations are left as they are");
                    connection.rollback();
                    return List.of();
                }
                List<Long> ids = history.failUnfinished(connection, MESSAGE);
                connection.commit();
                if (!ids.isEmpty()) {
                    LOG.warn("Marked {} migration(s) failed that were running when the server stopped: {}",
                            ids.size(), ids);
                }
                return ids;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, AdvisoryLock.DATA_MODEL_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
