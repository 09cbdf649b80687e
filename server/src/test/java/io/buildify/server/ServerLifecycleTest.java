package io.buildify.server;

import io.buildify.server.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start, stop and restart of a whole server on its own embedded PostgreSQL. */
class ServerLifecycleTest {

    @TempDir
    Path dataDir;

    @Test
    void publishedEntitiesSurviveARestartAndTheDatabaseStopsWithTheServer() throws Exception {
        ServerConfig config = ServerConfig.embedded(dataDir).withBinariesDir(TestPaths.postgresBinaries());
        try (BuildifyServer server = BuildifyServer.start(config)) {
            assertThat(server.baseUri().toString()).startsWith("http://127.0.0.1:").endsWith(":" + server.port());
            Answer published = new ApiClient(server.baseUri()).postJson(
                    "/api/v1/data-model/entities/t_kept/publish",
                    Definitions.request(Definitions.customer("t_kept"), 0));
            assertThat(published.status()).as(published.toString()).isEqualTo(201);
        }
        assertThat(dataDir.resolve("pgdata/postmaster.pid")).as("PostgreSQL stopped").doesNotExist();

        try (BuildifyServer server = BuildifyServer.start(config)) {
            Answer kept = new ApiClient(server.baseUri()).get("/api/v1/data-model/entities/t_kept");
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.json().get("version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aPortInUseFailsTheStartAndStopsTheDatabaseAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ServerConfig config = ServerConfig.embedded(dataDir).withBinariesDir(TestPaths.postgresBinaries())
                    .withPort(taken.getLocalPort());

            assertThatThrownBy(() -> BuildifyServer.start(config)).hasMessageFindingMatch("(?i)port");
        }
        assertThat(dataDir.resolve("pgdata/postmaster.pid")).as("PostgreSQL stopped").doesNotExist();
    }
}
