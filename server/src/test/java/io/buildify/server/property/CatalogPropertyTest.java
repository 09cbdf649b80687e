package io.buildify.server.property;

import io.buildify.core.api.RollbackRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiClient;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.BuildifyServer;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style test of the migration engine on the real PostgreSQL: random valid entity definitions and random
 * sequences of edits are published one version after the other; after every publish the catalog must match what
 * the definitions say ({@link ExpectedCatalog}), and rolling the migrations back newest first (their down scripts)
 * must restore each earlier schema snapshot exactly.
 *
 * <p>{@code -Dbuildify.catalog.cases=500} runs more cases (default 12), {@code -Dbuildify.catalog.steps} sets the
 * edits per case (default 6), and {@code -Dbuildify.catalog.seed=<seed>} replays the one case a failure names.
 */
class CatalogPropertyTest extends SharedServerTest {
    @Test
    void publishedSchemasMatchTheirDefinitionsAndDownScriptsRestoreEveryEarlierSchema() throws Exception {
        String replay = System.getProperty("buildify.catalog.seed");
        int cases = replay != null ? 1 : Integer.getInteger("buildify.catalog.cases", 12);
        int steps = Integer.getInteger("buildify.catalog.steps", 6);
        long base = replay != null ? Long.parseLong(replay) : new Random().nextLong();
        int publishes = 0;
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        Random seeds = new Random(base);
        for (int i = 0; i < cases; i++) {
            long seed = replay != null ? base : seeds.nextLong();
            try {
                publishes += new Case(server, api, seed, steps, kinds).run();
            } catch (AssertionError | Exception e) {
                throw new AssertionError("case failed; replay it with -Dbuildify.catalog.seed=" + seed + "\n"
                        + e.getMessage(), e);
            }
        }
        System.out.printf("CatalogPropertyTest: %d cases, %d publishes checked against the catalog (base seed %d);"
                + " edits: %s%n", cases, publishes, base, kinds);
    }

    /** One random case: a helper entity, a main entity and {@code steps} edits of it, then every rollback. */
    private record Case(BuildifyServer server, ApiClient api, long seed, int steps,
                        java.util.Map<String, Integer> kinds) {
        int run() throws Exception {
            Random random = new Random(seed);
            String prefix = "p" + Long.toHexString(seed & 0xffffffL) + "_";
            EntityDefinition helper = EntityDefinition.of(prefix + "h")
                    .withFieldAdded(FieldDefinition.of("code", FieldType.STRING));
            publish(helper, 0, "helper");
            RandomEdits edits = new RandomEdits(random, prefix, helper.name());
            EntityDefinition main = edits.initial(prefix + "m");
            List<Long> migrations = new ArrayList<>();
            List<SchemaSnapshot> snapshots = new ArrayList<>();
            List<String> history = new ArrayList<>(List.of("create " + main.fields().stream()
                    .map(f -> f.name() + ":" + f.type().code()).toList()));
            migrations.add(publish(main, 0, history));
            for (int version = 1; ; version++) {
                CatalogRows actual = CatalogRows.read(server.dataSource(), prefix);
                CatalogRows expected = ExpectedCatalog.of(main, helper);
                assertThat(ExpectedCatalog.sorted(actual.columns())).as("columns after %s", history)
                        .isEqualTo(expected.columns());
                assertThat(ExpectedCatalog.sorted(actual.constraints())).as("constraints after %s", history)
                        .isEqualTo(expected.constraints());
                assertThat(ExpectedCatalog.sorted(actual.indexes())).as("indexes after %s", history)
                        .isEqualTo(expected.indexes());
                snapshots.add(SchemaSnapshot.of(server.dataSource(), prefix));
                if (version > steps) {
                    break;
                }
                List<String> done = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) { // several edits in one publish interact
                    main = edits.edit(main);
                    done.add(edits.last());
                    kinds.merge(edits.last().replaceAll(" .*", ""), 1, Integer::sum);
                }
                history.add(String.join(" + ", done));
                if (Boolean.getBoolean("buildify.catalog.verbose")) {
                    System.out.println(seed + " v" + (version + 1) + ": " + history.get(version));
                }
                migrations.add(publish(main, version, history));
            }
            for (int k = migrations.size() - 1; k >= 1; k--) {
                Answer answer = api.postJson("/api/v1/data-model/migrations/" + migrations.get(k) + "/rollback",
                        new RollbackRequest("property-test", null, true));
                assertThat(answer.status()).as("rollback of %s: %s", history.get(k), answer).isEqualTo(201);
                assertThat(SchemaSnapshot.of(server.dataSource(), prefix))
                        .as("schema after rolling back step %d (%s) of %s", k, history.get(k), history)
                        .isEqualTo(snapshots.get(k - 1));
            }
            return migrations.size();
        }

        private long publish(EntityDefinition definition, int base, Object context) {
            Answer answer = api.postJson(ENTITIES + definition.name() + "/publish",
                    Definitions.request(definition, base).withConfirmDestructive(true));
            assertThat(answer.status()).as("publish of %s answered %s%nafter %s", definition.name(), answer,
                    context).isEqualTo(201);
            return answer.json().get("migration").get("id").asLong();
        }
    }
}
