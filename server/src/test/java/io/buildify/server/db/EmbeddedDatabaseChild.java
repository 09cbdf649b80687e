package io.buildify.server.db;

import java.nio.file.Path;

/** Runs in a separate JVM for {@link OrphanPostmasterTest}: starts the cluster, reports, then waits to be killed. */
public final class EmbeddedDatabaseChild {
    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), Path.of(args[1]));
        System.out.println("READY " + db.port());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
