package io.buildify.server.property;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiClient;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One random case of {@link CatalogPropertyTest}: a helper entity and a main entity relating to it, then
 * {@code steps} publishes of random edits (mostly of the main entity, sometimes of the helper's fields). Before each
 * publish a few rows valid for the current definitions go in; after it the catalog must match the definitions and
 * every earlier row must still be there with its values, unless the row pre-checks refused the publish (then the
 * refusal names each column with its count, and neither schema nor rows changed). At the end the rows go and
 * every accepted migration is rolled back newest first, each restoring the schema before it.
 */
final class PropertyCase {
    private static final String ENTITIES = "/api/v1/data-model/entities/";

    private final DataSource dataSource;
    private final ApiClient api;
    private final long seed;
    private final int steps;
    private final Map<String, Integer> kinds;
    private final List<Long> migrations = new ArrayList<>();
    private final List<String> history = new ArrayList<>();
    private final List<SchemaSnapshot> snapshots = new ArrayList<>();
    private final Random random;
    private final String prefix;
    private final TableRows rows;
    private final RowSurvival survival;
    private EntityDefinition main;
    private EntityDefinition helper;
    private int mainVersion;
    private int helperVersion;
    int refusals;
    int values;
    int inserted;
    int recounted;

    PropertyCase(DataSource dataSource, ApiClient api, long seed, int steps, Map<String, Integer> kinds) {
        this.dataSource = dataSource;
        this.api = api;
        this.seed = seed;
        this.steps = steps;
        this.kinds = kinds;
        this.random = new Random(seed);
        this.prefix = "p" + Long.toHexString(seed & 0xffffffL) + "_";
        this.rows = new TableRows(dataSource, random);
        this.survival = new RowSurvival(dataSource);
    }

    int refusedRows() {
        return rows.refused();
    }

    int deletedRows() {
        return rows.deleted();
    }

    /** Returns the number of accepted publishes checked against the catalog. */
    int run() throws Exception {
        helper = EntityDefinition.of(prefix + "h").withFieldAdded(FieldDefinition.of("code", FieldType.STRING));
        publish(helper, 0);
        helperVersion = 1;
        RandomEdits edits = new RandomEdits(random, prefix, helper.name());
        RandomEdits helperEdits = new RandomEdits(random, prefix + "h", helper.name());
        main = edits.initial(prefix + "m");
        inserted += rows.insert(helper, 1 + random.nextInt(3));
        Answer created = publish(main, 0);
        assertThat(created.status()).as("publish of %s answered %s", main.name(), created).isEqualTo(201);
        mainVersion = 1;
        accepted(created, "create " + main.fields().stream().map(f -> f.name() + ":" + f.type().code()).toList());
        for (int step = 1; step <= steps; step++) {
            inserted += rows.insert(helper, random.nextInt(3)) + rows.insert(main, 1 + random.nextInt(3));
            boolean onHelper = random.nextInt(4) == 0;
            EntityDefinition before = onHelper ? helper : main;
            EntityDefinition next = before;
            List<String> done = new ArrayList<>();
            for (int n = 1 + random.nextInt(onHelper ? 2 : 3); n > 0; n--) { // several edits in one publish interact
                next = onHelper ? helperEdits.edit(next, 4) : edits.edit(next);
                done.add((onHelper ? "helper " : "") + (onHelper ? helperEdits : edits).last());
                kinds.merge((onHelper ? "helper " : "") + (onHelper ? helperEdits : edits).last()
                        .replaceAll(" .*", ""), 1, Integer::sum);
            }
            String what = String.join(" + ", done);
            if (Boolean.getBoolean("buildify.catalog.verbose")) {
                System.out.println(seed + " step " + step + ": " + what);
            }
            Map<String, Map<String, String>> rowsBefore = rows.read(before);
            Set<String> deletedBefore = rows.deletedIds(before);
            Map<String, Map<String, String>> otherBefore = rows.read(onHelper ? main : helper);
            Answer answer = publish(next, onHelper ? helperVersion : mainVersion);
            String context = what + " (step " + step + ") after " + history;
            if (answer.status() == 422) {
                refused(answer, before, next, rowsBefore, deletedBefore, context);
                continue;
            }
            assertThat(answer.status()).as("publish of %s answered %s%nfor %s", next.name(), answer, context)
                    .isEqualTo(201);
            if (onHelper) {
                helper = next;
                helperVersion++;
            } else {
                main = next;
                mainVersion++;
            }
            accepted(answer, what);
            values += survival.check(before, rowsBefore, next, rows.read(next), context);
            EntityDefinition other = onHelper ? main : helper;
            assertThat(rows.read(other)).as("rows of the other entity %s after %s", other.name(), context)
                    .isEqualTo(otherBefore);
        }
        rollBackEverything();
        return migrations.size();
    }

    private void accepted(Answer answer, String what) throws SQLException {
        migrations.add(answer.json().get("migration").get("id").asLong());
        history.add(what);
        CatalogRows actual = CatalogRows.read(dataSource, prefix);
        CatalogRows expected = ExpectedCatalog.of(main, helper);
        assertThat(ExpectedCatalog.sorted(actual.columns())).as("columns after %s", history)
                .isEqualTo(expected.columns());
        assertThat(ExpectedCatalog.sorted(actual.constraints())).as("constraints after %s", history)
                .isEqualTo(expected.constraints());
        assertThat(ExpectedCatalog.sorted(actual.indexes())).as("indexes after %s", history)
                .isEqualTo(expected.indexes());
        snapshots.add(SchemaSnapshot.of(dataSource, prefix));
    }

    /** A refusal must come from the row pre-checks, name each column with its count, and change nothing. */
    private void refused(Answer answer, EntityDefinition before, EntityDefinition next,
                         Map<String, Map<String, String>> rowsBefore, Set<String> deletedBefore, String context)
            throws SQLException {
        JsonNode body = answer.json();
        refusals++;
        assertThat(body.get("error").asText()).as("refusal %s of %s", answer, context).isEqualTo("precheck_failed");
        namesEveryColumnAndCount(body, context);
        for (JsonNode check : body.get("details").get("checks")) { // soft-deleted rows left out where they must be
            OptionalLong recount = UniqueIndexRecount.of(check.get("column").asText(), before, next, rowsBefore,
                    deletedBefore);
            if (recount.isPresent()) {
                recounted++;
                assertThat(check.get("failing_rows").asLong()).as("rows counted by %s of %s (deleted: %s)", check,
                        context, deletedBefore).isEqualTo(recount.getAsLong());
            }
        }
        assertThat(SchemaSnapshot.of(dataSource, prefix)).as("schema after refused %s", context)
                .isEqualTo(snapshots.get(snapshots.size() - 1));
        assertThat(rows.read(before)).as("rows after refused %s", context).isEqualTo(rowsBefore);
        assertThat(api.get(ENTITIES + before.name()).json().get("version").asInt()).as("version after refused %s",
                context).isEqualTo(before == helper ? helperVersion : mainVersion);
    }

    private static void namesEveryColumnAndCount(JsonNode body, String context) {
        String message = body.get("message").asText();
        JsonNode checks = body.get("details").get("checks");
        assertThat(checks.size()).as("checks of %s", body).isPositive();
        for (JsonNode check : checks) {
            assertThat(check.get("failing_rows").asLong()).as("failing rows in %s", body).isPositive();
            assertThat(message).as("refusal of %s", context).contains(check.get("column").asText())
                    .contains(check.get("failing_rows").asText() + " row");
        }
    }

    /**
     * Empties the tables first: rows that fit a later definition need not fit an earlier one, and the down scripts
     * rightly refuse them (their own tests cover that); here they must restore each earlier schema exactly.
     */
    private void rollBackEverything() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename LIKE '" + prefix.replace("_", "\\_") + "%'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + '"');
                }
            }
            s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
        }
        for (int k = migrations.size() - 1; k >= 1; k--) {
            Answer answer = api.postJson("/api/v1/data-model/migrations/" + migrations.get(k) + "/rollback",
                    new RollbackRequest("property-test", null, true));
            assertThat(answer.status()).as("rollback of %s: %s", history.get(k), answer).isEqualTo(201);
            assertThat(SchemaSnapshot.of(dataSource, prefix))
                    .as("schema after rolling back step %d (%s) of %s", k, history.get(k), history)
                    .isEqualTo(snapshots.get(k - 1));
        }
    }

    private Answer publish(EntityDefinition definition, int base) {
        Answer answer = api.postJson(ENTITIES + definition.name() + "/publish",
                Definitions.request(definition, base).withConfirmDestructive(true));
        if (base == 0 && definition == helper) {
            assertThat(answer.status()).as("publish of the helper answered %s", answer).isEqualTo(201);
        }
        return answer;
    }
}
