package io.buildify.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One server on a real embedded PostgreSQL for every HTTP test of this JVM (a start costs ~1 s), in a fresh data
 * directory under {@code target/}, stopped and deleted when the JVM exits. Tests use their own entity names.
 */
public final class SharedServer {
    private static BuildifyServer server;

    private SharedServer() {
    }

    public static synchronized BuildifyServer get() {
        if (server == null) {
            try {
                Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")),
                        "shared-");
                server = BuildifyServer.start(ServerConfig.embedded(dataDir)
                        .withBinariesDir(TestPaths.postgresBinaries()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    deleteTree(dataDir);
                }, "shared-server-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit; target/ is removed by mvn clean anyway
        }
    }
}
