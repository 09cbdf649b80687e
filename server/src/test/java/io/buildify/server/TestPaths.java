package io.buildify.server;

import java.nio.file.Path;

/** Locations shared by the server tests. */
public final class TestPaths {
    private TestPaths() {
    }

    /**
     * One unpacked copy of the PostgreSQL binaries for every test (unpacking costs ~1.6 s), kept under
     * {@code target/} so it survives between runs and {@code mvn clean} removes it.
     */
    public static Path postgresBinaries() {
        return Path.of("target", "pg-binaries").toAbsolutePath();
    }
}
