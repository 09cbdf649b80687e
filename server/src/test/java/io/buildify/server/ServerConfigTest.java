package io.buildify.server;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {

    @Test
    void embeddedDefaultsToLoopbackAnyPortAndBinariesInTheDataDir() {
        ServerConfig config = ServerConfig.embedded(Path.of("/data/buildify"));

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isZero();
        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.binariesDir()).isEqualTo(Path.of("/data/buildify/binaries"));
    }

    @Test
    void externalNeedsAPostgresUrlAndNeverPrintsThePassword() {
        ServerConfig config = ServerConfig.external("jdbc:postgresql://db:5432/app", "app", "s3cret")
                .withPort(9000).withHost("0.0.0.0");

        assertThat(config.isEmbedded()).isFalse();
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.toString()).doesNotContain("s3cret").contains("jdbc:postgresql://db:5432/app");
        assertThatThrownBy(() -> ServerConfig.external("jdbc:mysql://db/app", "u", "p"))
                .hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> config.withPort(70000)).hasMessageContaining("port");
    }

    @Test
    void commandLineChoosesEmbeddedOrExternal() {
        ServerConfig embedded = ServerMain.parse(new String[]{"--data-dir", "/tmp/x", "--port", "0"});
        assertThat(embedded.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(embedded.port()).isZero();

        ServerConfig external = ServerMain.parse(new String[]{"--database-url", "jdbc:postgresql://h/db",
                "--database-user", "u", "--database-password", "p", "--host", "127.0.0.1"});
        assertThat(external.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(external.user()).isEqualTo("u");
        assertThat(external.port()).isEqualTo(8080);

        assertThatThrownBy(() -> ServerMain.parse(new String[]{"--bogus", "1"})).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> ServerMain.parse(new String[]{"--port"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> ServerMain.parse(new String[]{"--data-dir", "/a", "--database-url",
                "jdbc:postgresql://h/db"})).hasMessageContaining("not both");
    }
}
