package io.buildify.app.server;

import io.buildify.app.util.TaskRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One in-process server on an embedded PostgreSQL (port 0) for every test class of the JVM that needs it: a cluster
 * start costs seconds on a busy machine, the tests themselves milliseconds. Started on first use, stopped and
 * deleted when the JVM exits. Tests keep apart by using entity names of their own.
 */
public final class EmbeddedTestServer {
    private static ServerConnection connection;

    private EmbeddedTestServer() {
    }

    /** The ready connection; its runner is synchronous, which only matters for start and stop. */
    public static synchronized ServerConnection connection() {
        if (connection == null) {
            Path dir = createDirectory();
            ServerConnection started = new ServerConnection(TaskRunner.direct());
            started.startEmbedded(dir.resolve("postgres"));
            if (started.stateProperty().get() != ServerState.READY) {
                throw new IllegalStateException("the test server did not start: " + started.messageProperty().get());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(dir);
            }, "stop-test-server"));
            connection = started;
        }
        return connection;
    }

    private static Path createDirectory() {
        try {
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            return Files.createTempDirectory(target, "test-server-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at exit; target/ is cleaned by the build anyway
        }
    }
}
