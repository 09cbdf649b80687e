package io.buildify.server.property;

import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Property-style test of the migration engine on the real PostgreSQL: random valid entity definitions and random
 * sequences of edits (of a main entity and, sometimes, of the helper entity it relates to) are published one
 * version after the other, with random rows (some soft-deleted) inserted before each publish ({@link PropertyCase}).
 * After every publish the catalog must match what the definitions say ({@link ExpectedCatalog}) and the rows must
 * have survived with their values ({@link RowSurvival}), or the row pre-checks must have refused it, counting what
 * the test counts where it can ({@link UniqueIndexRecount}), and changed nothing; rolling the migrations back newest
 * first (their down scripts) must restore each earlier schema snapshot exactly.
 *
 * <p>{@code -Dbuildify.catalog.cases=500} runs more cases (default 12), {@code -Dbuildify.catalog.steps} sets the
 * publishes per case (default 6), and {@code -Dbuildify.catalog.seed=<seed>} replays the one case a failure names.
 */
class CatalogPropertyTest extends SharedServerTest {
    @Test
    void publishedSchemasMatchTheirDefinitionsKeepTheirRowsAndDownScriptsRestoreEveryEarlierSchema()
            throws Exception {
        String replay = System.getProperty("buildify.catalog.seed");
        int cases = replay != null ? 1 : Integer.getInteger("buildify.catalog.cases", 12);
        int steps = Integer.getInteger("buildify.catalog.steps", 6);
        long base = replay != null ? Long.parseLong(replay) : new Random().nextLong();
        int publishes = 0;
        int refusals = 0;
        int values = 0;
        int rows = 0;
        int refusedRows = 0;
        int deletedRows = 0;
        int recounted = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        Random seeds = new Random(base);
        for (int i = 0; i < cases; i++) {
            long seed = replay != null ? base : seeds.nextLong();
            PropertyCase one = new PropertyCase(server.dataSource(), api, seed, steps, kinds);
            try {
                publishes += one.run();
            } catch (AssertionError | Exception e) {
                throw new AssertionError("case failed; replay it with -Dbuildify.catalog.seed=" + seed + "\n"
                        + e.getMessage(), e);
            }
            refusals += one.refusals;
            values += one.values;
            rows += one.inserted;
            refusedRows += one.refusedRows();
            deletedRows += one.deletedRows();
            recounted += one.recounted;
        }
        System.out.printf("CatalogPropertyTest: %d cases, %d publishes checked against the catalog, %d refused by"
                + " the row pre-checks (%d unique index counts recounted); %d rows inserted (%d soft-deleted, %d"
                + " refused by the database), %d values followed (base seed %d); edits: %s%n", cases, publishes,
                refusals, recounted, rows, deletedRows, refusedRows, values, base, kinds);
    }
}
