package io.buildify.app;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.drafts.EditLogEntry;
import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.ServerState;
import io.buildify.app.settings.SettingsViewModel;
import io.buildify.core.model.EntityDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own wiring ({@link AppContext}): Save in Settings switches the running connection and the audit trail's
 * author without a restart. Real H2 in a temporary data directory, real server on loopback, FX toolkit on Monocle.
 */
class SettingsApplyLiveTest {
    @TempDir
    Path home;

    @Test
    void savingARemoteServerSwitchesTheRunningAppToItAndRenamesTheAuthor() throws Exception {
        String live = EmbeddedTestServer.connection().client().orElseThrow().baseUrl();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FxToolkit.registerPrimaryStage(); // the app's runner hands results to the FX thread
        AppDirectories directories = AppDirectories.resolve(
                key -> key.equals(AppDirectories.HOME_PROPERTY) ? home.toString() : System.getProperty(key),
                key -> null);
        DraftStore drafts = DraftStore.open(directories.draftsDb(), "os-user");
        AppContext context = WaitForAsyncUtils.asyncFx(() -> new AppContext(directories, drafts, new AppArguments(
                Optional.of(URI.create("http://127.0.0.1:" + closedPort)), false, Optional.empty()))).get();
        try {
            await(() -> context.server().stateProperty().get() == ServerState.FAILED);

            SettingsViewModel settings = context.settings();
            WaitForAsyncUtils.asyncFx(() -> {
                settings.remoteProperty().set(true);
                settings.urlProperty().set(live);
                settings.designerNameProperty().set("Ada");
                return settings.save();
            }).get();

            await(() -> context.server().stateProperty().get() == ServerState.READY);
            assertThat(context.server().client().orElseThrow().baseUrl()).isEqualTo(live);
            assertThat(context.mainViewModel().pendingPublishes().orElseThrow().onlineProperty().get()).isTrue();
            EntityDefinition edited = EntityDefinition.of("after_settings");
            drafts.entities().save(edited);
            assertThat(drafts.editLog().entries(edited.id())).extracting(EditLogEntry::author).containsExactly("Ada");
        } finally {
            WaitForAsyncUtils.asyncFx(context::close).get();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
