package io.buildify.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §3, "killing the app loses nothing": another JVM saves an edit and is killed with SIGKILL as soon as the
 * save has returned; the edit must be in the file. While that JVM holds the store, this one must be refused.
 *
 * <p>Without {@code WRITE_DELAY=0} H2 keeps the last commit in memory for up to 500 ms, and this test fails.
 */
class DraftStoreCrashTest {
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void editSavedJustBeforeSigkillIsThereAfterReopening() throws Exception {
        Path dbFile = dir.resolve("drafts");
        String entityId = UUID.randomUUID().toString();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashingDraftWriter.class.getName(), dbFile.toString(), entityId)
                .redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8));
        try {
            awaitSaved(lines, output); // the entity is created

            assertThatThrownBy(() -> DraftStore.open(dbFile))
                    .as("another process holds the store")
                    .isInstanceOf(DraftsInUseException.class)
                    .hasMessageContaining("drafts are open in another Buildify Designer window");

            Writer commands = new OutputStreamWriter(writer.getOutputStream(), StandardCharsets.UTF_8);
            commands.write("renamed_customer\n");
            commands.flush();
            awaitSaved(lines, output);
        } finally {
            writer.destroyForcibly(); // SIGKILL at once: no shutdown hook, no close, no background flush
            assertThat(writer.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writer.exitValue()).as("killed, not exited on its own").isNotZero();

        try (DraftStore reopened = DraftStore.open(dbFile)) {
            EntityDraft draft = reopened.entities().find(entityId).orElseThrow(
                    () -> new AssertionError("the entity saved before SIGKILL is lost; writer output: " + output));
            assertThat(draft.definition().name()).as("the last edit before SIGKILL").isEqualTo("renamed_customer");
            assertThat(draft.definition().fields()).hasSize(SampleEntities.customer().fields().size());
            assertThat(reopened.editLog().entries(entityId)).extracting(EditLogEntry::summary).containsExactly(
                    "renamed entity 'customer' to 'renamed_customer'", "created entity 'customer'");
        }
    }

    private static void awaitSaved(BufferedReader lines, List<String> output) throws Exception {
        boolean saved = CompletableFuture.supplyAsync(() -> readUntilSaved(lines, output))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(saved).as("the writer printed SAVED; its output: %s", output).isTrue();
    }

    private static boolean readUntilSaved(BufferedReader lines, List<String> output) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.equals(CrashingDraftWriter.SAVED)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the writer's output", e);
        }
    }
}
