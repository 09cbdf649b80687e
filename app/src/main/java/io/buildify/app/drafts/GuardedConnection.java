package io.buildify.app.drafts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's one JDBC connection. A desktop app makes a few writes a second at most, so one connection with
 * every unit of work serialised on it is simpler and safer than a pool: no two transactions can interleave, and a
 * unit of work always sees the writes of the one before.
 */
final class GuardedConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedConnection.class);

    /** A unit of work on the connection; it must not commit or roll back itself. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Path dbFile;
    private final boolean syncEachWrite;
    private boolean closed;
    /** Units of work running on this thread; a nested one joins the outer transaction (see {@link #run}). */
    private int depth;

    GuardedConnection(Connection connection, Path dbFile, boolean syncEachWrite) throws SQLException {
        this.connection = connection;
        this.dbFile = dbFile;
        this.syncEachWrite = syncEachWrite;
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs {@code work} in a transaction that only reads. {@code what} names it in errors ("list drafts"). */
    synchronized <T> T read(String what, Work<T> work) {
        return run(what, work, false);
    }

    /**
     * Runs {@code work} in one transaction and commits it. With WRITE_DELAY=0 the commit itself writes the change
     * to the file (see {@link DraftStore}); {@code syncEachWrite} adds an fsync so it also survives a power cut.
     */
    synchronized <T> T write(String what, Work<T> work) {
        return run(what, work, true);
    }

    /** Like {@link #write} without the fsync: on disk when the process dies, possibly lost by a power cut. */
    synchronized <T> T writeUnsynced(String what, Work<T> work) {
        return run(what, work, false);
    }

    /**
     * A unit of work started inside another one (same thread: the monitor is held) joins it: no commit of its own,
     * so both commit, or roll back, together; the outer one decides about the fsync.
     */
    private <T> T run(String what, Work<T> work, boolean writes) {
        if (closed) {
            throw new IllegalStateException("the draft store " + dbFile + " is closed");
        }
        if (depth > 0) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new DraftStoreException("cannot " + what + " in " + dbFile + ": " + e.getMessage(), e);
            }
        }
        depth++;
        try {
            T result = work.run(connection);
            connection.commit();
            if (writes && syncEachWrite) {
                try (Statement sync = connection.createStatement()) {
                    sync.execute("CHECKPOINT SYNC");
                }
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DraftStoreException("cannot " + what + " in " + dbFile + ": " + e.getMessage(), e);
        } finally {
            depth--;
        }
    }

    private void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // The original failure is what the caller must see; this one only explains a broken connection.
            failure.addSuppressed(rollbackFailure);
            LOG.warn("Rollback on {} failed after: {}", dbFile, failure.toString(), rollbackFailure);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close(); // the last connection: H2 closes the database and its file lock
        } catch (SQLException e) {
            LOG.warn("Closing the draft store {} failed", dbFile, e);
        }
    }
}
