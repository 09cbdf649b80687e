package io.buildify.server;

import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that talk HTTP to the JVM's one {@link SharedServer} (real embedded PostgreSQL, loopback):
 * the server, a client for it and plain JDBC on its database, set before the first test of each class. Each test
 * uses its own entity and workflow names, so none depends on another's data.
 */
public abstract class SharedServerTest {
    protected static final String ENTITIES = "/api/v1/data-model/entities/";
    protected static final String WORKFLOWS = "/api/v1/workflows/";
    protected static BuildifyServer server;
    protected static ApiClient api;
    protected static Db db;

    /** Named apart from the subclasses' own {@code @BeforeAll} methods, which would otherwise hide it. */
    @BeforeAll
    static void connectToSharedServer() {
        server = SharedServer.get();
        api = new ApiClient(server.baseUri());
        db = new Db(server.dataSource());
    }
}
