package io.buildify.client;

import io.buildify.server.BuildifyServer;
import io.buildify.server.ServerConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real server on port 0 with its embedded PostgreSQL for every SDK test class of this JVM (a cluster costs
 * several seconds to create on 2 cores), with the binaries unpacked once under {@code target/}; stopped and its data
 * deleted when the JVM exits. Test classes use entity and workflow names of their own.
 * <p>
 * A copy of the server module's {@code SharedServer} on purpose: sharing that one through a test-jar broke the app's
 * run command ({@code -pl app -am compile exec:exec}), because {@code exec:exec} resolves the test scope of every
 * module in the build, and a test-jar only exists once the server's tests are compiled.
 */
final class SharedTestServer {
    private static BuildifyServer server;

    private SharedTestServer() {
    }

    static synchronized BuildifyServer get() {
        if (server == null) {
            try {
                Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")),
                        "sdk-");
                server = BuildifyServer.start(ServerConfig.embedded(dataDir).withPort(0)
                        .withBinariesDir(Path.of("target", "pg-binaries")));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    deleteTree(dataDir);
                }, "sdk-test-server-stop"));
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
