package io.buildify.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Small helpers for owner-only directories where the file system knows POSIX permissions. */
final class Posix {
    private Posix() {
    }

    static boolean supported(Path existing) {
        return Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }

    /** Creates the directory (and parents) and makes it {@code rwx------}. */
    static void createOwnerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (supported(dir)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
