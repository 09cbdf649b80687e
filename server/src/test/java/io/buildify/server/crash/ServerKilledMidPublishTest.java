package io.buildify.server.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiClient;
import io.buildify.server.Db;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;
import io.buildify.server.TestPaths;
import io.buildify.server.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL of the standalone server in the middle of a publish (issue 3, failure injection). The publish is held in
 * the middle by a reader that keeps a lock on the table, so the first ALTER waits; then the server JVM is killed.
 * PostgreSQL rolls the migration back; the restarted server marks the history row that was left running as failed,
 * and the same publish then succeeds.
 */
class ServerKilledMidPublishTest {
    private static final String ENTITIES = "/api/v1/data-model/entities/";

    @TempDir
    Path dataDir;

    @Test
    void killedDuringAPublishLeavesTheSchemaAsBeforeAndTheHistoryHonestAfterRestart() throws Exception {
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries())) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(postgres.jdbcUrl());
            dataSource.setUser(postgres.user());
            dataSource.setPassword(postgres.password());
            Db db = new Db(dataSource);
            EntityDefinition v1 = Definitions.customer("t_killed");
            EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("name").orElseThrow().withName("full_name"))
                    .withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE).withIndexed(true));

            SchemaSnapshot before;
            try (ServerProcess server = start(postgres)) {
                ApiClient api = new ApiClient(server.baseUri());
                assertThat(api.postJson(ENTITIES + "t_killed/publish", Definitions.request(v1, 0)).status())
                        .isEqualTo(201);
                db.execute("INSERT INTO t_killed (name, email) SELECT 'n' || g, 'e' || g || '@x.org'"
                        + " FROM generate_series(1, 500) AS g");
                before = SchemaSnapshot.of(dataSource, "t_killed");

                try (Connection reader = dataSource.getConnection()) {
                    reader.setAutoCommit(false);
                    try (Statement s = reader.createStatement()) {
                        s.execute("SELECT count(*) FROM t_killed"); // holds ACCESS SHARE: the ALTER must wait
                    }
                    CompletableFuture<?> publish = CompletableFuture.runAsync(() ->
                            api.postJson(ENTITIES + "t_killed/publish", Definitions.request(v2, 1)));
                    await("the migration waits for the table lock", () -> count(db, "SELECT count(*) FROM"
                            + " pg_stat_activity WHERE application_name = 'buildify-server'"
                            + " AND wait_event_type = 'Lock'") == 1);
                    assertThat(db.column("SELECT status FROM buildify_catalog.migration_history"
                            + " WHERE entity_name = 't_killed' ORDER BY id")).containsExactly("completed", "running");

                    server.kill();
                    reader.rollback();
                    publish.exceptionally(e -> null).get(30, TimeUnit.SECONDS);
                }
                await("the killed server's sessions end", () -> count(db, "SELECT count(*) FROM pg_stat_activity"
                        + " WHERE application_name = 'buildify-server'") == 0);
            }

            assertThat(SchemaSnapshot.of(dataSource, "t_killed")).isEqualTo(before);
            assertThat(db.column("SELECT count(*) FROM t_killed")).containsExactly("500");

            try (ServerProcess restarted = start(postgres)) {
                ApiClient api = new ApiClient(restarted.baseUri());
                JsonNode history = api.get(ENTITIES + "t_killed/migrations").json().get("items");
                assertThat(history.findValuesAsText("status")).containsExactly("failed", "completed");
                assertThat(history.get(0).get("error_message").asText()).contains("server stopped");
                assertThat(api.get(ENTITIES + "t_killed").json().get("version").asInt()).isEqualTo(1);

                ApiClient.Answer again = api.postJson(ENTITIES + "t_killed/publish", Definitions.request(v2, 1));
                assertThat(again.status()).as(again.toString()).isEqualTo(201);
                assertThat(db.columnNames("t_killed")).contains("full_name", "phone").doesNotContain("name");
                assertThat(db.column("SELECT count(*) FROM t_killed")).containsExactly("500");
            }
        }
    }

    private static ServerProcess start(EmbeddedDatabase postgres) throws java.io.IOException {
        return ServerProcess.start(postgres.jdbcUrl(), postgres.user(), postgres.password());
    }

    private static long count(Db db, String sql) {
        try {
            return Long.parseLong(db.column(sql).get(0));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls up to 30 s: waits for a state, asserts nothing about time. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.sleep(50);
        }
    }
}
