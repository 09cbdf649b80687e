package io.buildify.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution order and creation of the data directory, with fake properties and environment. */
class AppDirectoriesTest {
    @TempDir
    Path tmp;

    private final Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/ann", "os.name", "Linux"));
    private final Map<String, String> environment = new HashMap<>();

    @Test
    void systemPropertyWinsOverEnvironmentAndXdg() {
        properties.put("buildify.home", "/opt/bfy");
        environment.put("BUILDIFY_HOME", "/srv/bfy");
        environment.put("XDG_DATA_HOME", "/xdg");

        assertThat(locate()).isEqualTo(Path.of("/opt/bfy"));
    }

    @Test
    void environmentVariableIsUsedWhenThePropertyIsBlank() {
        properties.put("buildify.home", "  ");
        environment.put("BUILDIFY_HOME", "/srv/bfy");
        environment.put("XDG_DATA_HOME", "/xdg");

        assertThat(locate()).isEqualTo(Path.of("/srv/bfy"));
    }

    @Test
    void xdgDataHomeComesNextAndARelativeOneIsIgnored() {
        environment.put("XDG_DATA_HOME", "/xdg");
        assertThat(locate()).isEqualTo(Path.of("/xdg/buildify-designer"));

        environment.put("XDG_DATA_HOME", "relative/xdg");
        assertThat(locate()).isEqualTo(Path.of("/home/ann/.local/share/buildify-designer"));
    }

    @Test
    void eachPlatformHasItsConventionalFolder() {
        assertThat(locate()).isEqualTo(Path.of("/home/ann/.local/share/buildify-designer"));

        properties.put("os.name", "Mac OS X");
        assertThat(locate()).isEqualTo(Path.of("/home/ann/Library/Application Support/Buildify Designer"));

        properties.put("os.name", "Windows 11");
        environment.put("APPDATA", "/c/Users/ann/AppData/Roaming");
        assertThat(locate()).isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/Buildify Designer"));
    }

    @Test
    void resolveCreatesTheDirectoriesNamedByTheContract() {
        properties.put("buildify.home", tmp.resolve("data").toString());

        AppDirectories dirs = AppDirectories.resolve(lookup(properties), lookup(environment));

        assertThat(dirs.dataDir()).isEqualTo(tmp.resolve("data")).isDirectory();
        assertThat(dirs.draftsDb()).isEqualTo(tmp.resolve("data/drafts/drafts"));
        assertThat(dirs.draftsDb().getParent()).isDirectory();
        assertThat(dirs.postgresDir()).isEqualTo(tmp.resolve("data/postgres")).isDirectory();
    }

    @Test
    void directoriesAreOwnerOnlyEvenWhenTheyExistedWithWiderPermissions() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        properties.put("buildify.home", data.toString());

        AppDirectories dirs = AppDirectories.resolve(lookup(properties), lookup(environment));

        for (Path dir : new Path[] {dirs.dataDir(), dirs.draftsDb().getParent(), dirs.postgresDir()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                    .as("permissions of %s", dir).isEqualTo("rwx------");
        }
    }

    @Test
    void aRelativeHomeBecomesAbsolute() {
        properties.put("buildify.home", "rel/data");

        Path located = locate();

        assertThat(located).isAbsolute();
        assertThat(located.endsWith(Path.of("rel", "data"))).as("%s ends with rel/data", located).isTrue();
    }

    private Path locate() {
        return AppDirectories.locate(lookup(properties), lookup(environment));
    }

    private static UnaryOperator<String> lookup(Map<String, String> values) {
        return values::get;
    }
}
