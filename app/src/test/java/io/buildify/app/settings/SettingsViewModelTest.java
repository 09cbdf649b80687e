package io.buildify.app.settings;

import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.util.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings dialog's ViewModel on real files in a temporary data directory and real HTTP on loopback. */
class SettingsViewModelTest {
    @TempDir
    Path dataDir;

    private SettingsViewModel open() {
        return new SettingsViewModel(dataDir, dataDir.resolve("drafts").resolve("drafts.mv.db"), TaskRunner.direct());
    }

    @Test
    void withoutSavedSettingsTheEmbeddedServerIsChosenAndTheDraftStoreShown() {
        SettingsViewModel settings = open();

        assertThat(settings.remoteProperty().get()).isFalse();
        assertThat(settings.canSaveProperty().get()).isTrue();
        assertThat(settings.draftStoreLocation()).isEqualTo(dataDir.resolve("drafts").resolve("drafts.mv.db").toString());
        assertThat(ConnectionSettings.load(dataDir)).isEqualTo(ConnectionSettings.EMBEDDED);
    }

    @Test
    void remoteServerAndTokenArePersistedAndReloaded() {
        SettingsViewModel settings = open();
        settings.remoteProperty().set(true);
        settings.urlProperty().set(" https://buildify.example.com:8443 ");
        settings.tokenProperty().set("s3cret");

        assertThat(settings.save()).isTrue();
        assertThat(settings.messageProperty().get()).isEqualTo("Saved. " + SettingsViewModel.TAKES_EFFECT);

        SettingsViewModel reopened = open();
        assertThat(reopened.remoteProperty().get()).isTrue();
        assertThat(reopened.urlProperty().get()).isEqualTo("https://buildify.example.com:8443");
        assertThat(reopened.tokenProperty().get()).isEqualTo("s3cret");
        assertThat(ConnectionSettings.load(dataDir)).isEqualTo(new ConnectionSettings(
                Optional.of(URI.create("https://buildify.example.com:8443")), "s3cret"));

        reopened.remoteProperty().set(false);
        assertThat(reopened.save()).isTrue();
        assertThat(ConnectionSettings.load(dataDir)).isEqualTo(ConnectionSettings.EMBEDDED);
    }

    @Test
    void urlMustBeHttpOrHttpsWithAHostAndABadOneIsNotSaved() {
        SettingsViewModel settings = open();
        settings.remoteProperty().set(true);

        assertThat(settings.urlProblemProperty().get()).startsWith("Enter the server URL");
        settings.urlProperty().set("ftp://files.example.com");
        assertThat(settings.urlProblemProperty().get()).isEqualTo("The URL must start with http:// or https://");
        settings.urlProperty().set("localhost:8080");
        assertThat(settings.urlProblemProperty().get()).isEqualTo("The URL must start with http:// or https://");
        settings.urlProperty().set("http://exa mple.com");
        assertThat(settings.urlProblemProperty().get()).startsWith("Not a valid URL");
        assertThat(settings.canSaveProperty().get()).isFalse();

        assertThat(settings.save()).isFalse();
        assertThat(settings.messageProperty().get()).startsWith("Not saved: Not a valid URL");
        assertThat(dataDir.resolve(ConnectionSettings.FILE_NAME)).doesNotExist();

        settings.remoteProperty().set(false);
        assertThat(settings.urlProblemProperty().get()).isEmpty();
    }

    @Test
    void testConnectionToAClosedPortSaysUnreachableInWords() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SettingsViewModel settings = open();
        settings.remoteProperty().set(true);
        settings.urlProperty().set("http://127.0.0.1:" + closedPort);

        settings.testConnection();

        assertThat(settings.testResultProperty().get())
                .startsWith("Unreachable: ").contains("127.0.0.1:" + closedPort).contains("refused")
                .doesNotContain("Exception");
        assertThat(settings.testingProperty().get()).isFalse();
    }

    @Test
    void testConnectionToARunningServerSaysOnline() {
        String baseUrl = EmbeddedTestServer.connection().client().orElseThrow().baseUrl();
        SettingsViewModel settings = open();
        settings.remoteProperty().set(true);
        settings.urlProperty().set(baseUrl);

        settings.testConnection();

        assertThat(settings.testResultProperty().get()).startsWith("Online: " + baseUrl + " answered (")
                .contains("PostgreSQL");
    }

    @Test
    void unreadableSettingsFileFallsBackToTheEmbeddedServerAndSaysSo() throws Exception {
        Files.writeString(dataDir.resolve(ConnectionSettings.FILE_NAME), "server=remote\nurl=gopher://x\n",
                StandardCharsets.UTF_8);

        SettingsViewModel settings = open();

        assertThat(settings.remoteProperty().get()).isFalse();
        assertThat(settings.messageProperty().get()).startsWith("The saved settings could not be read (")
                .contains("url: The URL must start with http:// or https://");
    }

    @Test
    void saveAppliesTheConnectionAndTheAuditNameAtOnce() {
        SettingsViewModel settings = new SettingsViewModel(dataDir, dataDir.resolve("drafts.mv.db"),
                TaskRunner.direct(), "jdoe");
        java.util.List<String> applied = new java.util.ArrayList<>();
        settings.setApplier((connection, name) -> applied.add(connection.remoteUrl().map(URI::toString)
                .orElse("embedded") + " as " + name));
        assertThat(settings.effectiveName()).as("blank: the account name").isEqualTo("jdoe");

        settings.designerNameProperty().set("  Ada Lovelace ");
        settings.remoteProperty().set(true);
        settings.urlProperty().set("http://127.0.0.1:9");
        assertThat(settings.save()).isTrue();

        assertThat(applied).containsExactly("http://127.0.0.1:9 as Ada Lovelace");
        assertThat(DesignerName.load(dataDir)).contains("Ada Lovelace");
        assertThat(new SettingsViewModel(dataDir, dataDir.resolve("drafts.mv.db"), TaskRunner.direct(), "jdoe")
                .designerNameProperty().get()).isEqualTo("Ada Lovelace");

        settings.designerNameProperty().set("x".repeat(201));
        assertThat(settings.canSaveProperty().get()).isFalse();
        assertThat(settings.save()).isFalse();
        assertThat(settings.messageProperty().get()).isEqualTo("Not saved: A name has at most 200 characters");
        assertThat(applied).hasSize(1);
    }
}
