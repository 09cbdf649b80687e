package io.buildify.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the server alone: {@code java -cp ... io.buildify.server.ServerMain [options]}.
 * <pre>
 *   --data-dir DIR          embedded PostgreSQL kept in DIR; default: the desktop app's cluster,
 *                           $BUILDIFY_HOME/postgres, else $XDG_DATA_HOME/buildify-designer/postgres,
 *                           else ~/.local/share/buildify-designer/postgres
 *   --database-url URL      use this PostgreSQL instead (jdbc:postgresql://host:port/db)
 *   --database-user USER    with --database-url
 *   --database-password PW  with --database-url (or env BUILDIFY_DATABASE_PASSWORD, kept off the process list)
 *   --host HOST             interface to listen on (default 127.0.0.1)
 *   --port PORT             HTTP port (default 8080; 0 = any free port)
 * </pre>
 * Stops cleanly on Ctrl-C / SIGTERM.
 */
public final class ServerMain {
    private static final int DEFAULT_PORT = 8080;

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        // Chosen before the first logger exists, so the app's own logback.xml is never shadowed by ours.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "buildify-server-logback.xml");
        }
        ServerConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: ServerMain [--data-dir DIR | --database-url URL --database-user USER "
                    + "--database-password PW] [--host HOST] [--port PORT]");
            System.exit(2);
            return;
        }
        BuildifyServer server;
        try {
            server = BuildifyServer.start(config);
        } catch (IOException | RuntimeException e) {
            System.err.println("error: the server did not start: " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(ServerMain.class).debug("Start failed", e);
            System.exit(1);
            return;
        }
        System.out.println("Buildify server listening on " + server.baseUri());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "buildify-server-stop"));
        stopped.await();
    }

    static ServerConfig parse(String[] args) {
        String dataDir = null;
        String url = null;
        String user = null;
        String password = System.getenv("BUILDIFY_DATABASE_PASSWORD");
        String host = ServerConfig.DEFAULT_HOST;
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--data-dir" -> dataDir = value;
                case "--database-url" -> url = value;
                case "--database-user" -> user = value;
                case "--database-password" -> password = value;
                case "--host" -> host = value;
                case "--port" -> port = parsePort(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (url != null && dataDir != null) {
            throw new IllegalArgumentException("give either --data-dir (embedded) or --database-url, not both");
        }
        ServerConfig config = url != null
                ? ServerConfig.external(url, user, password)
                : ServerConfig.embedded(dataDir != null ? Path.of(dataDir) : defaultDataDir());
        return config.withHost(host).withPort(port);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, was '" + value + "'");
        }
    }

    private static Path defaultDataDir() {
        String home = System.getenv("BUILDIFY_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "postgres");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Buildify Designer", "postgres");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Buildify Designer/postgres");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return base.resolve("buildify-designer").resolve("postgres");
    }
}
