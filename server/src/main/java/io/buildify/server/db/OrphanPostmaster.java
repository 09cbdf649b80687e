package io.buildify.server.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a postmaster left running when the JVM that started it was killed (SIGKILL, power-off of the IDE …).
 * Without this, zonky's next start on the same cluster waits 10 s for its own postmaster and fails.
 * <p>
 * The postmaster is only an orphan if no live process holds zonky's {@code epg-lock} on the cluster: the lock is a
 * file lock, which the kernel releases when its JVM dies. A postmaster of a running Buildify is never touched.
 */
final class OrphanPostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanPostmaster.class);
    static final String ZONKY_LOCK_FILE = "epg-lock";

    private OrphanPostmaster() {
    }

    /** Stops the orphan of {@code clusterDir} if there is one; fails if the cluster is in use by a live process. */
    static void stopIfOrphaned(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = livePostmaster(pidFile);
        if (postmaster.isEmpty()) {
            return; // a stale file from a crash; PostgreSQL removes it itself when its PID is gone
        }
        if (lockedByLiveProcess(clusterDir.resolve(ZONKY_LOCK_FILE))) {
            throw new IOException("the PostgreSQL cluster in " + clusterDir + " is in use by another running Buildify "
                    + "server (postmaster PID " + postmaster.get().pid() + "); stop it first");
        }
        stop(postmaster.get());
    }

    private static Optional<ProcessHandle> livePostmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // The PID may have been reused by another program after a reboot: only stop a process running "postgres".
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanPostmaster::runsPostgres);
    }

    private static boolean runsPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
    }

    private static boolean lockedByLiveProcess(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameJvm) {
            return true;
        }
    }

    /** SIGTERM (smart shutdown: its clients died with the JVM, so it ends at once), SIGKILL as a last resort. */
    private static void stop(ProcessHandle postmaster) throws IOException {
        LOG.warn("Stopping orphaned PostgreSQL postmaster (PID {}) left by a previous run", postmaster.pid());
        postmaster.destroy();
        if (awaitExit(postmaster, 20)) {
            return;
        }
        LOG.warn("Postmaster {} ignored SIGTERM for 20 s; killing it (PostgreSQL will run crash recovery)",
                postmaster.pid());
        postmaster.destroyForcibly();
        if (!awaitExit(postmaster, 10)) {
            throw new IOException("could not stop the orphaned postmaster with PID " + postmaster.pid());
        }
    }

    private static boolean awaitExit(ProcessHandle process, int seconds) throws IOException {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException("waiting for postmaster " + process.pid() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping postmaster " + process.pid(), e);
        }
    }
}
