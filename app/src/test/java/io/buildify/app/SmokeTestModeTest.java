package io.buildify.app;

import io.buildify.app.drafts.DraftStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --smoke-test} as installer tests use it: the real launcher in a separate JVM (headless Monocle flags),
 * judged only by its standard output and exit code.
 */
class SmokeTestModeTest {
    private static final List<String> HEADLESS = List.of("--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
            "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Djava.awt.headless=true");

    @TempDir
    Path home;

    private record Run(int exitCode, String output) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.add("-Dbuildify.home=" + home);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void smokeTestPassesOnceTheEmbeddedServerIsReady() throws Exception {
        Run run = launch("--smoke-test");

        assertThat(run.output()).as(run.output()).contains("SMOKE OK");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void draftsOpenInAnotherWindowFailTheSmokeTestWithAClearMessage() throws Exception {
        try (DraftStore alreadyOpen = DraftStore.open(AppDirectories.resolve(
                key -> key.equals("buildify.home") ? home.toString() : System.getProperty(key), System::getenv)
                .draftsDb())) {
            Run run = launch("--smoke-test");

            assertThat(run.output()).as(run.output()).contains("SMOKE FAILED: Buildify Designer is already open");
            assertThat(run.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void unknownArgumentEndsWithUsage() throws Exception {
        Run run = launch("--bogus");

        assertThat(run.output()).contains("unknown argument '--bogus'");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
