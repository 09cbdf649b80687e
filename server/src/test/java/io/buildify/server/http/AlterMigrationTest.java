package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ALTER migrations published over HTTP to a real PostgreSQL whose tables hold rows. */
class AlterMigrationTest extends SharedServerTest {

    private static Answer publish(EntityDefinition definition, int base, boolean confirm) {
        return api.postJson(ENTITIES + definition.name() + "/publish",
                Definitions.request(definition, base).withConfirmDestructive(confirm));
    }

    private static Answer preview(EntityDefinition definition, int base) {
        return api.postJson(ENTITIES + definition.name() + "/preview", Definitions.request(definition, base));
    }

    private static EntityDefinition published(EntityDefinition definition) {
        Answer answer = publish(definition, 0, false);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return definition;
    }

    @Test
    void everyAlterKindKeepsTheRowsOfATableThatHasData() throws Exception {
        published(EntityDefinition.of("t_al_account").withFieldAdded(FieldDefinition.of("code", FieldType.STRING)));
        EntityDefinition v1 = published(EntityDefinition.of("t_al_cust")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING).withRequired(true))
                .withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL).withUnique(true))
                .withFieldAdded(FieldDefinition.of("credit_limit", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("score", FieldType.INTEGER))
                .withFieldAdded(FieldDefinition.of("note", FieldType.TEXT)));
        db.execute("INSERT INTO t_al_cust (name, email, credit_limit, score, note) VALUES"
                + " ('Ann', 'ann@x.org', '100', 5, 'first'), ('Bob', 'bob@x.org', '250.50', 7, 'second'),"
                + " ('Cy', NULL, NULL, NULL, NULL)");

        FieldDefinition email = v1.fieldNamed("email").orElseThrow();
        FieldDefinition limit = v1.fieldNamed("credit_limit").orElseThrow();
        FieldDefinition score = v1.fieldNamed("score").orElseThrow();
        EntityDefinition v2 = v1.withTableName("t_al_client")
                .withOptions(v1.options().withSoftDelete(true))
                .withFieldReplaced(email.withName("mail"))
                .withFieldReplaced(limit.withType(FieldType.DECIMAL).withPrecision(12, 2))
                .withFieldReplaced(score.withIndexed(true).withRange(BigDecimal.ZERO, BigDecimal.TEN))
                .withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE))
                .withFieldAdded(FieldDefinition.of("status", FieldType.SINGLE_SELECT).withRequired(true)
                        .withAllowedValues(List.of("new", "active")).withDefaultValue("new"))
                .withRelationships(List.of(
                        new RelationshipDefinition("r-account", "account", "Account", RelationshipKind.ONE_TO_ONE,
                                "t_al_account", null, null, ReferentialAction.SET_NULL, ReferentialAction.CASCADE,
                                false),
                        RelationshipDefinition.of("accounts", RelationshipKind.MANY_TO_MANY, "t_al_account")))
                .withIndexes(List.of(IndexDefinition.of("t_al_client_by_name", List.of("name", "mail"))));

        JsonNode preview = preview(v2, 1).json();
        assertThat(preview.get("confirmation_required").asBoolean()).as("string to decimal narrows").isTrue();
        assertThat(preview.get("blocked").asBoolean()).isFalse();
        assertThat(preview.get("checks").findValuesAsText("column")).contains("credit_limit", "score");
        assertThat(preview.get("checks").findValuesAsText("failing_rows")).containsOnly("0");

        assertThat(publish(v2, 1, false).json().get("error").asText()).isEqualTo("confirmation_required");
        Answer answer = publish(v2, 1, true);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("migration").get("migration_type").asText()).isEqualTo("alter");

        assertThat(db.column("SELECT name || ' ' || coalesce(mail, '-') || ' ' || coalesce(credit_limit::text, '-')"
                + " || ' ' || status FROM t_al_client ORDER BY name"))
                .containsExactly("Ann ann@x.org 100.00 new", "Bob bob@x.org 250.50 new", "Cy - - new");
        assertThat(db.columnNames("t_al_client")).contains("deleted_at", "phone", "account_id", "mail")
                .doesNotContain("email");
        assertThat(db.column("SELECT indexname FROM pg_indexes WHERE tablename = 't_al_client' ORDER BY 1"))
                .contains("t_al_client_pkey", "t_al_client_mail_key", "t_al_client_score_idx", "t_al_client_by_name",
                        "t_al_client_account_id_key");
        assertThat(db.columnNames("t_al_client_accounts")).containsExactly("t_al_cust_id", "t_al_account_id");

        FieldDefinition note = v2.fieldNamed("note").orElseThrow();
        EntityDefinition v3 = v2.withFieldRemoved(note.id()).withRelationships(v2.relationships().subList(0, 1));
        Answer removed = publish(v3, 2, true);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(201);
        assertThat(db.columnNames("t_al_client")).doesNotContain("note")
                .anySatisfy(column -> assertThat(column).startsWith("_archived_note_"));
        String archived = db.columnNames("t_al_client").stream().filter(c -> c.startsWith("_archived_note_"))
                .findFirst().orElseThrow();
        assertThat(db.column("SELECT \"" + archived + "\" FROM t_al_client ORDER BY name"))
                .containsExactly("first", "second", null);
        assertThat(db.column("SELECT table_name FROM information_schema.tables WHERE table_name LIKE"
                + " '\\_archived\\_t\\_al\\_client\\_accounts%'")).hasSize(1);
    }

    @Test
    void typeChangeWithBadRowsIsRefusedWithTheCountAndTheSchemaStaysAsItWas() throws Exception {
        EntityDefinition v1 = published(EntityDefinition.of("t_al_bad")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("credit_limit", FieldType.STRING)));
        db.execute("INSERT INTO t_al_bad (name, credit_limit) VALUES ('a', '100'), ('b', 'lots'), ('c', 'n/a'),"
                + " ('d', NULL)");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_al_bad");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("credit_limit").orElseThrow()
                .withType(FieldType.DECIMAL).withPrecision(12, 2));

        JsonNode preview = preview(v2, 1).json();
        assertThat(preview.get("blocked").asBoolean()).isTrue();
        assertThat(preview.get("checks").get(0).get("failing_rows").asInt()).isEqualTo(2);

        Answer answer = publish(v2, 1, true);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("precheck_failed");
        assertThat(answer.json().get("message").asText())
                .startsWith("credit_limit: 2 rows hold values that are not numbers");
        assertThat(answer.json().get("details").get("checks").get(0).get("failing_rows").asInt()).isEqualTo(2);
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_al_bad")).isEqualTo(before);
        assertThat(api.get(ENTITIES + "t_al_bad").json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aNewUniqueFieldWithADefaultIsRefusedOnceTwoRowsWouldShareItAndNothingChanges() throws Exception {
        EntityDefinition v1 = published(EntityDefinition.of("t_al_uqdef")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING)));
        db.execute("INSERT INTO t_al_uqdef (name) VALUES ('a'), ('b'), ('c')");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_al_uqdef");
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("code", FieldType.STRING).withUnique(true)
                .withDefaultValue("X"));

        Answer answer = publish(v2, 1, false);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("precheck_failed");
        assertThat(answer.json().get("message").asText())
                .startsWith("code: 3 rows would all get the same default value, but the new field is unique");
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_al_uqdef")).isEqualTo(before);

        db.execute("DELETE FROM t_al_uqdef WHERE name <> 'a'"); // one row can take the default
        assertThat(publish(v2, 1, false).status()).isEqualTo(201);
    }

    @Test
    void aNewUniqueIndexOverDuplicatedRowsIsRefusedByNameAndCountAndNothingChanges() throws Exception {
        EntityDefinition v1 = published(EntityDefinition.of("t_al_uqidx")
                .withFieldAdded(FieldDefinition.of("city", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("zip", FieldType.STRING)));
        db.execute("INSERT INTO t_al_uqidx (city, zip) VALUES ('a', '1'), ('a', '1'), ('a', '2'), ('b', NULL),"
                + " ('b', NULL)");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_al_uqidx");
        EntityDefinition v2 = v1.withIndexAdded(IndexDefinition.of("t_al_uqidx_place", List.of("city", "zip"))
                .withUnique(true));

        Answer answer = publish(v2, 1, false);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("precheck_failed");
        assertThat(answer.json().get("message").asText()).startsWith("t_al_uqidx_place: 2 rows share their values"
                + " of (city, zip) with another row, but the index is unique");
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_al_uqidx")).isEqualTo(before);

        db.execute("UPDATE t_al_uqidx SET zip = '3' WHERE ctid = (SELECT min(ctid) FROM t_al_uqidx WHERE zip = '1')");
        assertThat(publish(v2, 1, false).status()).isEqualTo(201);
    }

    @Test
    void dirtyRowsUnderANewRequiredAndANewUniqueAreCountedTogetherRefusedAndNothingChanges() throws Exception {
        EntityDefinition v1 = published(EntityDefinition.of("t_al_dirty")
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("city", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("note", FieldType.STRING)));
        db.execute("INSERT INTO t_al_dirty (code, city) VALUES ('a', 'x'), ('a', NULL), ('b', NULL), ('c', 'y')");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_al_dirty");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("code").orElseThrow().withUnique(true))
                .withFieldReplaced(v1.fieldNamed("city").orElseThrow().withRequired(true))
                .withFieldReplaced(v1.fieldNamed("note").orElseThrow().withName("remark"));

        JsonNode preview = preview(v2, 1).json();
        assertThat(preview.get("checks").findValuesAsText("message")).containsExactlyInAnyOrder(
                "code: 2 rows share their value with another row, but the field is now unique",
                "city: 2 rows have no value, but the field is now required");

        Answer answer = publish(v2, 1, false);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("precheck_failed");
        assertThat(answer.json().get("details").get("checks").findValuesAsText("failing_rows"))
                .containsExactlyInAnyOrder("2", "2");
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_al_dirty")).isEqualTo(before);
        // A refusal is not a failed migration: no history row, an audit entry with the counts.
        JsonNode history = api.get(ENTITIES + "t_al_dirty/migrations").json().get("items");
        assertThat(history.findValuesAsText("status")).containsExactly("completed");
        JsonNode refused = api.get("/api/v1/audit?object_type=entity&object_name=t_al_dirty&limit=1").json()
                .get("items").get(0);
        assertThat(refused.get("action").asText()).isEqualTo("publish_refused");
        assertThat(refused.get("details").get("version").asInt()).isEqualTo(2);
        assertThat(refused.get("details").get("message").asText()).contains("2 rows").endsWith("nothing was changed");
        assertThat(refused.get("details").get("checks").findValuesAsText("failing_rows"))
                .containsExactlyInAnyOrder("2", "2");

        db.execute("UPDATE t_al_dirty SET code = 'd', city = 'z' WHERE city IS NULL AND code = 'a';"
                + " UPDATE t_al_dirty SET city = 'w' WHERE city IS NULL");
        Answer fixed = publish(v2, 1, false);
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(201);
        assertThat(db.columnNames("t_al_dirty")).contains("remark").doesNotContain("note");
    }

    @Test
    void aStepFailingMidwayLeavesTheSchemaExactlyAsBeforeAndAFailedRow() throws Exception {
        EntityDefinition v1 = published(EntityDefinition.of("t_al_mid")
                .withFieldAdded(FieldDefinition.of("a", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("b", FieldType.STRING)));
        db.execute("INSERT INTO t_al_mid (a, b) VALUES ('x', '1')");
        // A view on b makes PostgreSQL refuse the type change, which the row checks cannot foresee.
        db.execute("CREATE VIEW v_al_mid AS SELECT b FROM t_al_mid");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_al_mid");
        EntityDefinition v2 = v1.withTableName("t_al_mid2")
                .withFieldReplaced(v1.fieldNamed("a").orElseThrow().withName("a2").withUnique(true))
                .withFieldReplaced(v1.fieldNamed("b").orElseThrow().withType(FieldType.INTEGER).withLength(null, null))
                .withFieldAdded(FieldDefinition.of("c", FieldType.STRING).withIndexed(true));

        Answer answer = publish(v2, 1, true);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("migration_failed");
        assertThat(answer.json().get("details").get("step").asInt()).isGreaterThan(2);
        assertThat(answer.json().get("details").get("kind").asText()).isEqualTo("alter_column_type");
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_al_mid")).isEqualTo(before);
        assertThat(db.column("SELECT a || b FROM t_al_mid")).containsExactly("x1");
        JsonNode history = api.get(ENTITIES + "t_al_mid/migrations").json().get("items");
        assertThat(history.findValuesAsText("status")).containsExactly("failed", "completed");
        db.execute("DROP VIEW v_al_mid");
    }

    @Test
    void aPublishBodyWithoutConfirmDestructiveReadsAsNotConfirmed() {
        EntityDefinition v1 = published(Definitions.customer("t_al_plain"));
        String body = "{\"definition\": " + io.buildify.core.json.JsonCodec.mapper().valueToTree(
                v1.withFieldRemoved(v1.fields().get(2).id())) + ", \"base_version\": 1}";
        Answer answer = api.post(ENTITIES + "t_al_plain/publish", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("confirmation_required");
        assertThat(answer.json().get("details").get("destructive_steps").findValuesAsText("object"))
                .containsExactly("t_al_plain.credit_limit");
    }

    @Test
    void staleBaseOfAnAlterIsAConflictWithBothVersions() {
        EntityDefinition v1 = published(Definitions.customer("t_al_stale"));
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE));
        assertThat(publish(v2, 1, false).status()).isEqualTo(201);

        Answer stale = publish(v1.withFieldAdded(FieldDefinition.of("fax", FieldType.PHONE)), 1, false);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("details").get("base_version").asInt()).isEqualTo(1);
        assertThat(stale.json().get("details").get("current_version").asInt()).isEqualTo(2);
    }

    @Test
    void concurrentAlterPublishersOnTheSameBaseOneWinsOneConflicts() throws Exception {
        EntityDefinition v1 = published(Definitions.customer("t_al_race"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            var first = pool.submit(() -> {
                go.await();
                return publish(v1.withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE)), 1, false).status();
            });
            var second = pool.submit(() -> {
                go.await();
                return publish(v1.withFieldAdded(FieldDefinition.of("fax", FieldType.PHONE)), 1, false).status();
            });
            go.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.columnNames("t_al_race")).containsAnyOf("phone", "fax").doesNotContainSequence("phone", "fax");
    }

    static PublishRequest request(EntityDefinition definition, int base) {
        return Definitions.request(definition, base);
    }
}
