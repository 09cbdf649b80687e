package io.buildify.server.crash;

import io.buildify.server.ServerMain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The standalone server ({@link ServerMain}) in a JVM of its own, on a PostgreSQL the test owns. */
final class ServerProcess implements AutoCloseable {
    private static final String LISTENING = "Buildify server listening on ";

    private final Process process;
    private final URI baseUri;

    private ServerProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    static ServerProcess start(String jdbcUrl, String user, String password) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ServerMain.class.getName(), "--database-url", jdbcUrl, "--database-user", user, "--port", "0"))
                .redirectErrorStream(true);
        builder.environment().put("BUILDIFY_DATABASE_PASSWORD", password);
        Process process = builder.start();
        try {
            return new ServerProcess(process, awaitListening(process));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    URI baseUri() {
        return baseUri;
    }

    /** SIGKILL: no shutdown hook, no rollback by the JVM; PostgreSQL sees the connections drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server JVM did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static URI awaitListening(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf(LISTENING);
            if (at >= 0) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "server-process-drain");
                drain.setDaemon(true);
                drain.start();
                return URI.create(line.substring(at + LISTENING.length()).strip());
            }
            seen.append(line).append('\n');
        }
        throw new IOException("the server JVM ended without listening:\n" + seen);
    }
}
