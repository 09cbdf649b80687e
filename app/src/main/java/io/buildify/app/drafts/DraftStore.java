package io.buildify.app.drafts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local draft store (SPEC §3): an H2 file database whose schema Flyway keeps ({@code classpath:db/drafts}).
 *
 * <p>Lifecycle: {@link #open} locks the file for this window, opens H2, migrates the schema and hands out the
 * repositories; {@link #close} closes H2 and releases the lock. A second open of the same file while it is open,
 * from this process or another, fails with {@link DraftsInUseException} ("drafts are open in another Buildify
 * Designer window") instead of two writers sharing one file.
 *
 * <p>Durability: every write is committed, and written to the database file, before the repository method
 * returns, so killing the app (even with SIGKILL) loses no edit that was saved. See {@link #urlOf} for the H2
 * settings that make this true.
 */
public final class DraftStore implements AutoCloseable {
    static final String MIGRATIONS = "classpath:db/drafts";
    private static final Logger LOG = LoggerFactory.getLogger(DraftStore.class);
    private static final String USER = "designer";

    private final Path dbFile;
    private final DraftsFileLock lock;
    private final GuardedConnection db;
    private final JdbcEntityDraftRepository entities;
    private final JdbcWorkflowDraftRepository workflows;
    private final JdbcEditLog editLog;
    private boolean closed;

    private DraftStore(Path dbFile, DraftsFileLock lock, GuardedConnection db, Clock clock, String author) {
        this.dbFile = dbFile;
        this.lock = lock;
        this.db = db;
        this.editLog = new JdbcEditLog(db, author);
        this.entities = new JdbcEntityDraftRepository(db, editLog, clock);
        this.workflows = new JdbcWorkflowDraftRepository(db, editLog, clock);
    }

    /**
     * Opens (creating if needed) the store at {@code dbFile}, e.g. {@code AppDirectories.draftsDb()}; H2 adds
     * {@code .mv.db} to the name. Edits are logged as the OS user.
     *
     * @throws DraftsInUseException if another window has this store open
     * @throws DraftStoreException  if the file cannot be opened or migrated
     */
    public static DraftStore open(Path dbFile) {
        return open(dbFile, osUser());
    }

    /** Opens the store as {@link #open(Path)} does; edits are logged as {@code author} (the name set in Settings). */
    public static DraftStore open(Path dbFile, String author) {
        return open(dbFile, Clock.systemUTC(), requireAuthor(author));
    }

    /** The OS account name: who edits when no name is set in Settings. */
    public static String osUser() {
        return System.getProperty("user.name", "unknown");
    }

    /** Logs the following edits as {@code author}; earlier rows keep the name they were written with. */
    public void setAuthor(String author) {
        editLog.setAuthor(requireAuthor(author));
    }

    /** Who the next edit is logged as. */
    public String author() {
        return editLog.author();
    }

    private static String requireAuthor(String author) {
        Objects.requireNonNull(author, "author");
        if (author.isBlank() || author.length() > 200) {
            throw new IllegalArgumentException("an author name has 1 to 200 characters, was '" + author + "'");
        }
        return author.strip();
    }

    static DraftStore open(Path dbFile, Clock clock, String author) {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(author, "author");
        Path file = normalise(dbFile);
        DraftsFileLock lock = DraftsFileLock.acquire(file);
        GuardedConnection db = null;
        try {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(urlOf(file));
            dataSource.setUser(USER);
            dataSource.setPassword("");
            // Opened before Flyway runs so that the database stays open in between (H2 closes a file database
            // when its last connection closes) and Flyway's connections join it.
            db = new GuardedConnection(dataSource.getConnection(), file, true);
            Flyway.configure(DraftStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            LOG.info("Opened the draft store {}", file);
            return new DraftStore(file, lock, db, clock, author);
        } catch (SQLException | RuntimeException e) { // FlywayException is a RuntimeException
            if (db != null) {
                db.close();
            }
            lock.close();
            throw openFailure(file, e);
        }
    }

    /**
     * The H2 URL. Why each setting:
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: H2's MVStore otherwise keeps committed changes in memory and writes them from
     *   a background thread up to 500 ms later, so a SIGKILL right after a save loses it. With 0 every commit
     *   stores the change to the file before {@code commit()} returns, and the OS keeps it even if the process
     *   dies at once (tested with SIGKILL in {@code DraftStoreCrashTest}). On top of that every write ends with
     *   {@code CHECKPOINT SYNC} (an fsync) so a power cut or OS crash does not lose the last edits either; it
     *   costs about half a millisecond per save on an SSD, nothing next to a person's typing.</li>
     *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: the app closes the store itself, last, in its own shutdown order;
     *   H2's shutdown hook must not close the database under a save still running in another hook.</li>
     *   <li>No {@code AUTO_SERVER}: it would let a second app instance connect through the first one and edit the
     *   same drafts concurrently. One owner at a time; H2's default file lock (and {@link DraftsFileLock})
     *   make a second opener fail instead.</li>
     * </ul>
     */
    static String urlOf(Path file) {
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The entity drafts. */
    public EntityDraftRepository entities() {
        return entities;
    }

    /** The workflow drafts. */
    public WorkflowDraftRepository workflows() {
        return workflows;
    }

    /** The audit trail of every change made through the repositories. */
    public EditLog editLog() {
        return editLog;
    }

    /**
     * A unit of work on the store's connection, for features that keep tables of their own in the draft store
     * (the publish queue). It must not commit or roll back itself.
     */
    @FunctionalInterface
    public interface Work<T> {
        T run(java.sql.Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction, committed (and synced to the file) before this returns, serialised with
     * every other read and write of the store. {@code what} names it in errors ("queue publish of 'customer'").
     */
    public <T> T inTransaction(String what, Work<T> work) {
        Objects.requireNonNull(work, "work");
        return db.write(what, work::run);
    }

    /**
     * {@link #inTransaction} without the fsync: committed and in the file when this returns, so it survives the app
     * being killed, but a power cut may lose it. Only for marks whose loss is harmless, such as the publish queue's
     * "sending" (recovered to "queued" and resent with the same request id); it saves one fsync per queued publish.
     */
    public <T> T inTransactionUnsynced(String what, Work<T> work) {
        Objects.requireNonNull(work, "work");
        return db.writeUnsynced(what, work::run);
    }

    /** The database file as given to H2 (without {@code .mv.db}). */
    public Path dbFile() {
        return dbFile;
    }

    /**
     * Closes the database and releases the lock; the repositories then throw {@link IllegalStateException}.
     * Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        db.close();
        lock.close();
        LOG.info("Closed the draft store {}", dbFile);
    }

    private static Path normalise(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            file = file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        // ';' separates settings in an H2 URL, so such a path would be misread rather than opened.
        if (file.toString().contains(";")) {
            throw new IllegalArgumentException("the drafts path must not contain ';': " + file);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new DraftStoreException("cannot create the drafts folder " + file.getParent() + ": " + e, e);
        }
        return file;
    }

    private static DraftStoreException openFailure(Path file, Exception e) {
        if (e instanceof DraftStoreException known) {
            return known;
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new DraftsInUseException(file, e);
            }
            cause = cause.getCause();
        }
        return new DraftStoreException("cannot open the draft store " + file + ": " + e.getMessage(), e);
    }
}
