package io.buildify.server.bench;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
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
 * Publish of a 10-step ALTER migration end to end (HTTP, JSON, validation, lock, catalog reads, planning, the
 * running history row, DDL, completed history row, definition, audit, commit; the row checks run only when a step
 * fails) against the same DDL run by raw JDBC in one transaction, statement by statement, on the same embedded
 * PostgreSQL in the same run. Each repetition uses two fresh tables in the same state: a 20-field table with
 * {@code bench.rows} rows, created, filled and vacuumed (not timed); one is altered by a publish, its twin by JDBC,
 * in alternating order so neither side always runs second. Prints both medians with their quartiles, the ratio of
 * the medians and the median of the per-repetition ratios, the median of a preview of the same ALTER (which runs
 * the row checks) and the HTTP floor (a health GET, which asks PostgreSQL its version, with the same client).
 * The client is blocking and accepts gzip, like the app's ({@link BlockingHttp}).
 *
 * <p>Run: {@code ./mvnw -q -pl core,server -am -Pbenchmarks -DskipTests
 * -Dexec.mainClass=io.buildify.server.bench.AlterPublishBenchmark test-compile exec:java}
 * (rows per table: {@code -Dbench.rows=1000}, repetitions: {@code -Dbench.repetitions=21}, warm-up:
 * {@code -Dbench.warmup=10}).
 */
public final class AlterPublishBenchmark {
    private static final int ROWS = Integer.getInteger("bench.rows", 1000);
    private static final String ENTITIES = "/api/v1/data-model/entities/";

    private AlterPublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 10);
        int repetitions = Integer.getInteger("bench.repetitions", 21);
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
        BlockingHttp api = new BlockingHttp(server.baseUri());
        List<Long> publish = new ArrayList<>();
        List<Long> jdbc = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Long> preview = new ArrayList<>();
        List<Long> health = new ArrayList<>();
        int steps = 0;
        for (int i = 0; i < warmup + repetitions; i++) {
            Run run = once(server.dataSource(), api, i);
            long started = System.nanoTime();
            require(api.get("/api/v1/health").status() == 200, "health check failed");
            long healthNanos = System.nanoTime() - started;
            steps = run.steps();
            if (i >= warmup) {
                publish.add(run.publishNanos());
                jdbc.add(run.jdbcNanos());
                ratios.add((double) run.publishNanos() / run.jdbcNanos());
                preview.add(run.previewNanos());
                health.add(healthNanos);
            }
        }
        double publishMs = median(publish) / 1e6;
        double jdbcMs = median(jdbc) / 1e6;
        System.out.printf("ALTER migration of %d steps on a 20-field table with %d rows, %d repetitions after %d"
                + " warm-up%n", steps, ROWS, repetitions, warmup);
        System.out.printf("  publish end to end (HTTP):  median %8.2f ms  (quartiles %.2f-%.2f, min %.2f)%n",
                publishMs, quantile(publish, 0.25) / 1e6, quantile(publish, 0.75) / 1e6, quantile(publish, 0) / 1e6);
        System.out.printf("  same DDL by raw JDBC:       median %8.2f ms  (quartiles %.2f-%.2f, min %.2f)%n", jdbcMs,
                quantile(jdbc, 0.25) / 1e6, quantile(jdbc, 0.75) / 1e6, quantile(jdbc, 0) / 1e6);
        System.out.printf("  ratio publish / JDBC:       median %8.2f x   (goal <= 1.5 x; median of the per-repetition"
                + " ratios %.2f x, ratio of the minima %.2f x)%n", publishMs / jdbcMs, medianOf(ratios),
                quantile(publish, 0) / quantile(jdbc, 0));
        System.out.printf("  (preview of the same ALTER: median %.2f ms: validation, planning, row checks;"
                + " HTTP floor, GET health: median %.2f ms)%n", median(preview) / 1e6, median(health) / 1e6);
    }

    private static Run once(DataSource dataSource, BlockingHttp api, int i) throws SQLException {
        EntityDefinition v1 = twentyFields("bench_pub_" + i);
        EntityDefinition v2 = tenStepAlter(v1);
        int status = api.postJson(ENTITIES + v1.name() + "/publish", request(v1, 0)).status();
        require(status == 201, "create publish answered " + status);
        fill(dataSource, v1.tableName());
        EntityDefinition twin1 = v1.withName("bench_raw_" + i).withTableName("bench_raw_" + i);
        MigrationPlanner planner = new MigrationPlanner();
        run(dataSource, planner.plan(null, twin1, DefinitionVersion.NONE));
        fill(dataSource, twin1.tableName());
        MigrationPlan alter = planner.plan(twin1, tenStepAlter(twin1), DefinitionVersion.of(1));

        long started = System.nanoTime();
        BlockingHttp.Answer preview = api.postJson(ENTITIES + v2.name() + "/preview", request(v2, 1));
        long previewNanos = System.nanoTime() - started;
        require(preview.status() == 200, "preview answered " + preview);

        long jdbcNanos = 0;
        if (i % 2 == 1) {
            jdbcNanos = timed(() -> run(dataSource, alter));
        }
        long publishNanos = timed(() -> {
            BlockingHttp.Answer answer = api.postJson(ENTITIES + v2.name() + "/publish", request(v2, 1));
            require(answer.status() == 201, "alter publish answered " + answer);
        });
        if (i % 2 == 0) {
            jdbcNanos = timed(() -> run(dataSource, alter));
        }
        return new Run(publishNanos, jdbcNanos, previewNanos, alter.steps().size());
    }

    private interface Timed {
        void run() throws SQLException;
    }

    private static long timed(Timed work) throws SQLException {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
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

    /** Fills the table and settles it (hint bits, visibility map, statistics) as autovacuum would. */
    private static void fill(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("INSERT INTO \"" + table + "\" (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)"
                    + " SELECT 'a' || g, 'b' || g, 'c' || g, g, 'e' || g, 'f' || g, 'g' || g, g * 1.5, 'text ' || g,"
                    + " g % 2 = 0 FROM generate_series(1, " + ROWS + ") AS g");
            s.execute("VACUUM (ANALYZE) \"" + table + "\"");
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
        return quantile(values, 0.5);
    }

    private static double medianOf(List<Double> values) {
        return quantile(values.stream().map(v -> Math.round(v * 1e6)).toList(), 0.5) / 1e6;
    }

    /** Linear interpolation between the closest ranks. */
    private static double quantile(List<Long> values, double q) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double rank = q * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private record Run(long publishNanos, long jdbcNanos, long previewNanos, int steps) {
    }
}
