package io.buildify.server.bench;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiClient;
import io.buildify.server.BuildifyServer;
import io.buildify.server.ServerConfig;
import io.buildify.server.TestPaths;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Publish of a 10-step ALTER migration end to end (HTTP, validation, planning, lock, the running history row, DDL,
 * completed history row, catalog, audit; the row checks run only when a step fails) against the same DDL run by
 * raw JDBC in one transaction, on the same embedded PostgreSQL in the same run. Each repetition uses fresh tables:
 * a 20-field entity with 1000 rows, published (not timed), then altered (timed); its twin is created and altered by
 * JDBC alone. Prints the medians and their ratio, and the median of a preview (which does run the row checks).
 *
 * <p>Run: {@code ./mvnw -q -pl server -am -Pbenchmarks -DskipTests test-compile exec:java}
 * (repetitions: {@code -Dbench.repetitions=15}, warm-up: {@code -Dbench.warmup=10}, rows per table:
 * {@code -Dbench.rows=1000}).
 */
public final class AlterPublishBenchmark {
    private static final int ROWS = Integer.getInteger("bench.rows", 1000);
    private static final String ENTITIES = "/api/v1/data-model/entities/";

    private AlterPublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 10);
        int repetitions = Integer.getInteger("bench.repetitions", 15);
        Path dataDir = Files.createTempDirectory("buildify-bench-");
        try (BuildifyServer server = BuildifyServer.start(ServerConfig.embedded(dataDir).withPort(0)
                .withBinariesDir(TestPaths.postgresBinaries()))) {
            measure(server, warmup, repetitions);
        } finally {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(BuildifyServer server, int warmup, int repetitions) throws SQLException {
        {
            ApiClient api = new ApiClient(server.baseUri());
            List<Long> publish = new ArrayList<>();
            List<Long> jdbc = new ArrayList<>();
            List<Long> preview = new ArrayList<>();
            int steps = 0;
            for (int i = 0; i < warmup + repetitions; i++) {
                Run run = once(server.dataSource(), api, i);
                steps = run.steps();
                if (i >= warmup) {
                    publish.add(run.publishNanos());
                    jdbc.add(run.jdbcNanos());
                    preview.add(run.previewNanos());
                }
            }
            double publishMs = median(publish) / 1e6;
            double jdbcMs = median(jdbc) / 1e6;
            System.out.printf("ALTER migration of %d steps on a 20-field table with %d rows, %d repetitions"
                    + " after %d warm-up%n", steps, ROWS, repetitions, warmup);
            System.out.printf("  publish end to end (HTTP):  median %8.2f ms%n", publishMs);
            System.out.printf("  same DDL by raw JDBC:       median %8.2f ms%n", jdbcMs);
            System.out.printf("  ratio publish / JDBC:       %8.2f x%n", publishMs / jdbcMs);
            System.out.printf("  (preview of the same ALTER: median %8.2f ms: validation, planning, row checks)%n",
                    median(preview) / 1e6);
        }
    }

    private static Run once(DataSource dataSource, ApiClient api, int i) throws SQLException {
        EntityDefinition v1 = twentyFields("bench_pub_" + i);
        EntityDefinition v2 = tenStepAlter(v1);
        int status = api.postJson(ENTITIES + v1.name() + "/publish", request(v1, 0)).status();
        require(status == 201, "create publish answered " + status);
        fill(dataSource, v1.tableName());

        long started = System.nanoTime();
        ApiClient.Answer preview = api.postJson(ENTITIES + v2.name() + "/preview", request(v2, 1));
        long previewNanos = System.nanoTime() - started;
        require(preview.status() == 200, "preview answered " + preview);

        started = System.nanoTime();
        ApiClient.Answer answer = api.postJson(ENTITIES + v2.name() + "/publish", request(v2, 1));
        long publishNanos = System.nanoTime() - started;
        require(answer.status() == 201, "alter publish answered " + answer);

        EntityDefinition twin1 = v1.withName("bench_raw_" + i).withTableName("bench_raw_" + i);
        EntityDefinition twin2 = tenStepAlter(twin1);
        MigrationPlanner planner = new MigrationPlanner();
        run(dataSource, planner.plan(null, twin1, DefinitionVersion.NONE));
        fill(dataSource, twin1.tableName());
        MigrationPlan alter = planner.plan(twin1, twin2, DefinitionVersion.of(1));
        started = System.nanoTime();
        run(dataSource, alter);
        long jdbcNanos = System.nanoTime() - started;
        return new Run(publishNanos, jdbcNanos, previewNanos, alter.steps().size());
    }

    /** Twenty fields of common types; f05 and f07 hold values in every row so NOT NULL and UNIQUE can be added. */
    static EntityDefinition twentyFields(String name) {
        EntityDefinition entity = EntityDefinition.of(name);
        FieldType[] types = {FieldType.STRING, FieldType.STRING, FieldType.STRING, FieldType.INTEGER,
                FieldType.STRING, FieldType.STRING, FieldType.STRING, FieldType.DECIMAL, FieldType.TEXT,
                FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME, FieldType.EMAIL, FieldType.INTEGER,
                FieldType.BIGINTEGER, FieldType.JSON, FieldType.UUID, FieldType.URL, FieldType.PHONE,
                FieldType.CURRENCY};
        for (int f = 0; f < types.length; f++) {
            entity = entity.withFieldAdded(FieldDefinition.of(String.format("f%02d", f + 1), types[f]));
        }
        return entity;
    }

    /** Three added columns, two renames, two indexes, a new NOT NULL, a widening type change, a new UNIQUE. */
    static EntityDefinition tenStepAlter(EntityDefinition v1) {
        return v1.withFieldReplaced(field(v1, "f01").withName("f01_renamed"))
                .withFieldReplaced(field(v1, "f02").withName("f02_renamed"))
                .withFieldReplaced(field(v1, "f03").withIndexed(true))
                .withFieldReplaced(field(v1, "f04").withIndexed(true))
                .withFieldReplaced(field(v1, "f05").withRequired(true))
                .withFieldReplaced(field(v1, "f06").withType(FieldType.TEXT))
                .withFieldReplaced(field(v1, "f07").withUnique(true))
                .withFieldAdded(FieldDefinition.of("extra_a", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("extra_b", FieldType.INTEGER))
                .withFieldAdded(FieldDefinition.of("extra_c", FieldType.DATE));
    }

    private static FieldDefinition field(EntityDefinition entity, String name) {
        return entity.fieldNamed(name).orElseThrow();
    }

    private static void fill(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"" + table + "\" (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)"
                    + " SELECT 'a' || g, 'b' || g, 'c' || g, g, 'e' || g, 'f' || g, 'g' || g, g * 1.5, 'text ' || g,"
                    + " g % 2 = 0 FROM generate_series(1, " + ROWS + ") AS g");
        }
    }

    private static void run(DataSource dataSource, MigrationPlan plan) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (MigrationStep step : plan.steps()) {
                    s.execute(step.upSql());
                }
            }
            c.commit();
        }
    }

    private static PublishRequest request(EntityDefinition definition, int base) {
        return new PublishRequest(definition, base, "benchmark", UUID.randomUUID().toString(), "bench");
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private record Run(long publishNanos, long jdbcNanos, long previewNanos, int steps) {
    }
}
