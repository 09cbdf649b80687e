package io.buildify.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No server, or one that never answers: the client says so in words, and quickly. */
class UnreachableServerTest {

    @Test
    void closedPortIsReportedAsUnreachableWithTheReason() throws IOException {
        int port = closedPort();
        try (BuildifyClient client = BuildifyClient.builder().baseUrl("http://127.0.0.1:" + port).build()) {
            assertThatThrownBy(client::health)
                    .isInstanceOfSatisfying(ServerUnreachableException.class, e -> {
                        assertThat(e).hasMessage("Server at http://127.0.0.1:" + port
                                + " is unreachable: Connection refused");
                        assertThat(e.status()).isEqualTo(BuildifyClientException.NO_STATUS);
                        assertThat(e.code()).isEqualTo("unreachable");
                        assertThat(e.error().message()).isEqualTo(e.getMessage());
                        assertThat(e.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
                        assertThat(e.getCause()).isInstanceOf(IOException.class);
                    });
        }
    }

    @Test
    void everyCallOnAClosedPortFailsTheSameWay() throws IOException {
        try (BuildifyClient client = BuildifyClient.builder().baseUrl("http://127.0.0.1:" + closedPort()).build()) {
            assertThatThrownBy(client::listEntities).isInstanceOf(ServerUnreachableException.class);
            assertThatThrownBy(() -> client.getEntity("customer")).isInstanceOf(ServerUnreachableException.class);
            assertThatThrownBy(() -> client.validateEntityName("customer"))
                    .isInstanceOf(ServerUnreachableException.class);
        }
    }

    @Test
    void serverThatAcceptsButNeverAnswersTimesOutWithTheReadTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             BuildifyClient client = BuildifyClient.builder()
                     .baseUrl("http://127.0.0.1:" + silent.getLocalPort())
                     .readTimeout(Duration.ofMillis(300))
                     .build()) {
            long started = System.nanoTime();
            assertThatThrownBy(client::health)
                    .isInstanceOf(ServerUnreachableException.class)
                    .hasMessage("Server at http://127.0.0.1:" + silent.getLocalPort()
                            + " is unreachable: no answer within 0.3 s");
            // OkHttp may retry once on a fresh connection; either way it must not hang near the 60 s default.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    /** A port that was free a moment ago and has nothing listening on it now. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
