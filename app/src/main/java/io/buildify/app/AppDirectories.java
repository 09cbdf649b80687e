package io.buildify.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the app keeps its per-user data: the H2 draft store and the embedded PostgreSQL (whose generated password
 * lives there too, SPEC §6). The data directory is resolved, in order, from the system property
 * {@code buildify.home}, the environment variable {@code BUILDIFY_HOME}, {@code $XDG_DATA_HOME/buildify-designer},
 * and finally the platform's convention ({@code ~/.local/share/buildify-designer} on Linux,
 * {@code %APPDATA%\Buildify Designer} on Windows, {@code ~/Library/Application Support/Buildify Designer} on macOS).
 *
 * <p>{@link #resolve()} creates the directories. On POSIX file systems each is made {@code rwx------}: the data
 * directory is ours alone, so an existing one with wider permissions is tightened (and the change logged).
 */
public final class AppDirectories {
    static final String HOME_PROPERTY = "buildify.home";
    static final String HOME_ENV = "BUILDIFY_HOME";
    private static final Logger LOG = LoggerFactory.getLogger(AppDirectories.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path dataDir;

    private AppDirectories(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Resolves the data directory from this JVM's properties and environment and creates the directories. */
    public static AppDirectories resolve() {
        return resolve(System::getProperty, System::getenv);
    }

    /**
     * Resolves with the given lookups (system properties, environment variables), then creates the directories.
     * Visible for tests, which must not depend on the machine's real home.
     */
    static AppDirectories resolve(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        AppDirectories dirs = new AppDirectories(locate(properties, environment));
        dirs.create();
        return dirs;
    }

    /** The resolution order of the class comment, without touching the file system. */
    static Path locate(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String property = properties.apply(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return toPath(property, "system property " + HOME_PROPERTY);
        }
        String variable = environment.apply(HOME_ENV);
        if (variable != null && !variable.isBlank()) {
            return toPath(variable, "environment variable " + HOME_ENV);
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg.trim()).isAbsolute()) {
            return Path.of(xdg.trim(), "buildify-designer");
        }
        String home = properties.apply("user.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("cannot locate the data directory: user.home is not set; set "
                    + HOME_PROPERTY + " or " + HOME_ENV);
        }
        String os = Objects.requireNonNullElse(properties.apply("os.name"), "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            Path roaming = appData == null || appData.isBlank()
                    ? Path.of(home, "AppData", "Roaming") : Path.of(appData.trim());
            return roaming.resolve("Buildify Designer");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Buildify Designer");
        }
        return Path.of(home, ".local", "share", "buildify-designer");
    }

    /** The per-user data directory (absolute). */
    public Path dataDir() {
        return dataDir;
    }

    /** The H2 draft store, as given to {@code DraftStore.open}: H2 adds {@code .mv.db} to this name. */
    public Path draftsDb() {
        return dataDir.resolve("drafts").resolve("drafts");
    }

    /** The embedded PostgreSQL's data directory. */
    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    @Override
    public String toString() {
        return "AppDirectories[" + dataDir + "]";
    }

    private void create() {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (dataDir.getParent() != null) {
                Files.createDirectories(dataDir.getParent()); // parents keep the user's usual permissions
            }
            for (Path dir : new Path[] {dataDir, draftsDb().getParent(), postgresDir()}) {
                createOwnerOnly(dir, posix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir + ": " + e, e);
        }
    }

    private static void createOwnerOnly(Path dir, boolean posix) throws IOException {
        if (!posix) {
            // Windows: the per-user profile (APPDATA) already keeps other users out through its ACLs.
            Files.createDirectories(dir);
            return;
        }
        if (Files.notExists(dir)) {
            // Created owner-only from the start, so there is no moment where others could look inside.
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(dir);
        if (!current.equals(OWNER_ONLY)) {
            // Also covers a umask that stripped owner bits from the directory just created.
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
            LOG.info("Restricted {} to its owner (it was {})", dir, PosixFilePermissions.toString(current));
        }
    }

    private static Path toPath(String value, String source) {
        try {
            return Path.of(value.trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(source + " is not a valid path: '" + value + "'", e);
        }
    }
}
