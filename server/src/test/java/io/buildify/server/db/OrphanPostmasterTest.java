package io.buildify.server.db;

import io.buildify.server.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A JVM killed with SIGKILL leaves its postmaster running; the next start must stop it and start promptly. */
class OrphanPostmasterTest {

    @TempDir
    Path dataDir;

    @Test
    void startAfterTheOwningJvmWasKilledStopsTheOrphanAndStartsPromptly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), dataDir.toString(), TestPaths.postgresBinaries().toString()))
                .redirectErrorStream(true).start();
        long orphanPid;
        try {
            awaitReady(child);
            orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).get(0).strip());
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, the postmaster stays up
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("orphan alive").contains(true);

        long started = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries())) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = EmbeddedDatabaseTest.connect(db.jdbcUrl(), db.password());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    private static void awaitReady(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                // keep draining so the child never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (java.io.IOException ignored) {
                        // the child was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child JVM never reported READY:\n" + seen);
    }
}
