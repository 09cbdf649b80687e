package io.buildify.app.projectfiles;

import io.buildify.app.util.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * File ▸ Open recent: the project files last imported or exported, newest first, at most {@link #MAX}. Kept as one
 * absolute path a line in {@code recent-projects.txt} in the data directory. The list is a convenience: a file that
 * cannot be read or written is logged and treated as empty, never in the way of an import or export.
 */
public final class RecentProjects {
    public static final String FILE_NAME = "recent-projects.txt";
    static final int MAX = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);

    private final Path listFile;

    public RecentProjects(Path dataDir) {
        this.listFile = Objects.requireNonNull(dataDir, "dataDir").resolve(FILE_NAME);
    }

    /** The files, newest first (including ones that no longer exist: the menu marks them). */
    public synchronized List<Path> list() {
        List<String> lines;
        try {
            lines = Files.readAllLines(listFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("Cannot read the recent projects {}: {}", listFile, e.toString());
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String line : lines) {
            try {
                if (!line.isBlank() && files.size() < MAX) {
                    files.add(Path.of(line.strip()));
                }
            } catch (InvalidPathException e) {
                LOG.warn("Skipping a line of {} that is no path: {}", listFile, line);
            }
        }
        return files;
    }

    /** Puts {@code file} on top (once), dropping the oldest beyond {@link #MAX}. */
    public synchronized void add(Path file) {
        Path absolute = normalise(file);
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        write(files.subList(0, Math.min(MAX, files.size())));
    }

    /** Takes {@code file} off the list; false if it was not on it. */
    public synchronized boolean remove(Path file) {
        List<Path> files = new ArrayList<>(list());
        boolean removed = files.remove(normalise(file));
        if (removed) {
            write(files);
        }
        return removed;
    }

    public synchronized void clear() {
        write(List.of());
    }

    private static Path normalise(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /** Replaces the list in one move, so a crash leaves the old list or the new one. */
    private void write(List<Path> files) {
        try {
            StringBuilder text = new StringBuilder();
            files.forEach(file -> text.append(file).append(System.lineSeparator()));
            AtomicFiles.write(listFile, text.toString());
        } catch (IOException e) {
            LOG.warn("Cannot write the recent projects {}: {}", listFile, e.toString());
        }
    }
}
