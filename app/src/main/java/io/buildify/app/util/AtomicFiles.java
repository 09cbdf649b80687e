package io.buildify.app.util;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** Small settings files replaced in one move, so a crash while saving leaves the old file or the new one. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code text} to a temporary sibling, then moves it over {@code target}. */
    public static void write(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stores {@code properties} with a comment line, as {@link #write} does. */
    public static void writeProperties(Path target, Properties properties, String comment) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(out, comment);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
