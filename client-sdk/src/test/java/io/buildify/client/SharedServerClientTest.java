package io.buildify.client;

import io.buildify.server.BuildifyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the SDK tests against the JVM's one real {@link SharedTestServer} (embedded PostgreSQL, HTTP on a free
 * loopback port): the server and a client for it, set before the subclass's own {@code @BeforeAll}, the client
 * closed after the last test. Each test uses entity and workflow names of its own.
 */
abstract class SharedServerClientTest {
    protected static BuildifyServer server;
    protected static BuildifyClient client;

    /** Named apart from the subclasses' own {@code @BeforeAll} methods, which would otherwise hide it. */
    @BeforeAll
    static void connectToSharedServer() {
        server = SharedTestServer.get();
        client = BuildifyClient.builder().baseUrl(server.baseUri()).build();
    }

    @AfterAll
    static void closeSharedServerClient() {
        if (client != null) {
            client.close();
        }
    }
}
