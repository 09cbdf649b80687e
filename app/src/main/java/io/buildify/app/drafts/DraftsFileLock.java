package io.buildify.app.drafts;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes one draft store have one owner at a time, across windows of this process and across processes.
 *
 * <p>H2 alone is not enough: inside one JVM it hands a second {@code jdbc:h2:file:} connection to the already
 * open database instead of refusing it, so two windows would silently share (and overwrite) each other's drafts.
 * Across processes H2's own file lock refuses the second opener; we map that error too (see {@link DraftStore}).
 *
 * <p>The in-process registry is checked before the lock file is touched: on POSIX, closing <em>any</em> channel of
 * a file releases every lock this process holds on it, so a failed second attempt must never open the file.
 */
final class DraftsFileLock implements AutoCloseable {
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DraftsFileLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock next to {@code dbFile} or throws {@link DraftsInUseException}. The parent must exist. */
    static DraftsFileLock acquire(Path dbFile) {
        Path lockFile;
        try {
            lockFile = dbFile.getParent().toRealPath().resolve(dbFile.getFileName() + ".designer.lock");
        } catch (IOException e) {
            throw new DraftStoreException("cannot open the drafts folder " + dbFile.getParent() + ": " + e, e);
        }
        if (!HELD.add(lockFile)) {
            throw new DraftsInUseException(dbFile, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DraftsInUseException(dbFile, null);
            }
            return new DraftsFileLock(lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(lockFile);
            if (e instanceof DraftStoreException d) {
                throw d;
            }
            if (e instanceof OverlappingFileLockException) {
                throw new DraftsInUseException(dbFile, e);
            }
            throw new DraftStoreException("cannot lock the draft store " + lockFile + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        } finally {
            closeQuietly(channel);
            HELD.remove(lockFile);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it; the OS drops the lock with the descriptor
        }
    }
}
