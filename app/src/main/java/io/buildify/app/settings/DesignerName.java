package io.buildify.app.settings;

import io.buildify.app.util.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The name the draft store's audit trail records as "who" (SPEC §3), set in Settings; without one, the OS user
 * name. Kept in {@code designer.properties} in the data directory.
 */
public final class DesignerName {
    public static final String FILE_NAME = "designer.properties";
    static final int MAX_LENGTH = 200;

    private DesignerName() {
    }

    /** The name set in Settings, if any. */
    public static Optional<String> load(Path dataDir) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dataDir.resolve(FILE_NAME), e);
        }
        return Optional.ofNullable(properties.getProperty("name")).map(String::strip).filter(n -> !n.isEmpty());
    }

    /** The set name, or {@code osUser} when none is set or the file cannot be read. */
    public static String effective(Path dataDir, String osUser) {
        try {
            return load(dataDir).orElse(osUser);
        } catch (RuntimeException e) {
            return osUser;
        }
    }

    /** What is wrong with {@code name} as typed, or empty; blank is fine (it means "the OS user name"). */
    public static String problemOf(String name) {
        String text = Objects.requireNonNullElse(name, "").strip();
        return text.length() > MAX_LENGTH ? "A name has at most " + MAX_LENGTH + " characters" : "";
    }

    /** Writes {@code name} (blank removes it), replacing the file in one move so a crash leaves old or new. */
    public static void save(Path dataDir, String name) {
        String text = Objects.requireNonNullElse(name, "").strip();
        if (!problemOf(text).isEmpty()) {
            throw new IllegalArgumentException(problemOf(text));
        }
        Properties properties = new Properties();
        if (!text.isEmpty()) {
            properties.setProperty("name", text);
        }
        Path target = dataDir.resolve(FILE_NAME);
        try {
            AtomicFiles.writeProperties(target, properties,
                    "Buildify Designer: the name the audit trail records for your edits");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
