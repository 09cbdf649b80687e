package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rollback over HTTP: the down script as a new migration, on a real PostgreSQL with rows. */
class RollbackFlowTest extends SharedServerTest {

    private static long publish(EntityDefinition definition, int base) {
        Answer answer = api.postJson(ENTITIES + definition.name() + "/publish",
                Definitions.request(definition, base).withConfirmDestructive(true));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("migration").get("id").asLong();
    }

    private static Answer rollback(long id, boolean confirm) {
        return api.postJson("/api/v1/data-model/migrations/" + id + "/rollback",
                new RollbackRequest("tester", null, confirm));
    }

    @Test
    void rollbackRestoresThePreviousSchemaAndDataAndPublishesThePreviousDefinitionAgain() throws Exception {
        EntityDefinition v1 = Definitions.customer("t_rb_cust")
                .withFieldAdded(FieldDefinition.of("note", FieldType.TEXT));
        publish(v1, 0);
        db.execute("INSERT INTO t_rb_cust (name, email, credit_limit, note) VALUES ('Ann', 'ann@x.org', 10, 'hi'),"
                + " ('Bob', 'bob@x.org', NULL, 'ho')");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_rb_cust");
        EntityDefinition v2 = v1.withTableName("t_rb_client")
                .withFieldReplaced(v1.fieldNamed("email").orElseThrow().withName("mail"))
                .withFieldRemoved(v1.fieldNamed("note").orElseThrow().id())
                .withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE).withIndexed(true));
        long migration = publish(v2, 1);
        db.execute("UPDATE t_rb_client SET phone = '555' WHERE name = 'Ann'");

        Answer unconfirmed = rollback(migration, false);
        assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(422);
        assertThat(unconfirmed.json().get("error").asText()).isEqualTo("confirmation_required");
        assertThat(unconfirmed.json().get("message").asText()).contains("drop_column");

        Answer answer = rollback(migration, true);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("version").asInt()).isEqualTo(3);
        assertThat(answer.json().get("rolled_back").get("status").asText()).isEqualTo("rolled_back");
        assertThat(answer.json().get("migration").get("rolls_back").asLong()).isEqualTo(migration);
        assertThat(answer.json().get("migration").get("migration_name").asText()).isEqualTo("rollback_t_rb_cust_v3");

        assertThat(SchemaSnapshot.of(server.dataSource(), "t_rb_cust")).isEqualTo(before);
        assertThat(db.column("SELECT name || ' ' || email || ' ' || note FROM t_rb_cust ORDER BY name"))
                .containsExactly("Ann ann@x.org hi", "Bob bob@x.org ho");
        JsonNode entity = api.get(ENTITIES + "t_rb_cust").json();
        assertThat(entity.get("version").asInt()).isEqualTo(3);
        assertThat(entity.get("definition").get("table_name").asText()).isEqualTo("t_rb_cust");
        assertThat(entity.get("definition").get("fields").findValuesAsText("name"))
                .containsExactly("name", "email", "credit_limit", "note");
        JsonNode history = api.get(ENTITIES + "t_rb_cust/migrations").json().get("items");
        assertThat(history.findValuesAsText("status")).containsExactly("completed", "rolled_back", "completed");
        JsonNode audit = api.get("/api/v1/audit?object_type=entity&object_name=t_rb_cust").json().get("items");
        assertThat(audit.findValuesAsText("action")).containsExactly("rollback", "update", "publish", "update", "publish",
                "create");
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("tester");

        assertThat(api.post("/api/v1/data-model/migrations/" + migration + "/rollback", "{}").status())
                .as("a rolled-back migration stays rolled back").isEqualTo(409);
        long create = history.get(2).get("id").asLong();
        assertThat(rollback(create, true).json().get("error").asText()).isEqualTo("unsupported");
    }

    @Test
    void rollbackIsRefusedWhileLaterMigrationsDependOnItAndAllowedOnceTheyAreRolledBack() {
        EntityDefinition v1 = Definitions.customer("t_rb_chain");
        publish(v1, 0);
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE));
        long second = publish(v2, 1);
        long third = publish(v2.withFieldAdded(FieldDefinition.of("fax", FieldType.PHONE)), 2);

        Answer refused = rollback(second, true);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("#" + third).contains("alter_t_rb_chain_v3");
        assertThat(refused.json().get("details").get("later_migrations").findValuesAsText("id"))
                .containsExactly(Long.toString(third));

        assertThat(rollback(third, true).status()).isEqualTo(201);
        assertThat(rollback(second, true).status()).isEqualTo(201);
        assertThat(api.get(ENTITIES + "t_rb_chain").json().get("definition").get("fields")).hasSize(3);
    }

    @Test
    void unknownOrMalformedMigrationIdsAreClearErrors() {
        assertThat(rollback(999_999, false).status()).isEqualTo(404);
        Answer malformed = api.post("/api/v1/data-model/migrations/abc/rollback", "");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).contains("abc");
        assertThat(api.get("/api/v1/audit?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aRollbackRefusedByADependentViewIsRecordedAsFailedAndChangesNothing() throws Exception {
        EntityDefinition v1 = Definitions.customer("t_rbf_cust");
        publish(v1, 0);
        long added = publish(v1.withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE)), 1);
        // The down script drops the column; PostgreSQL refuses while a view reads it.
        db.execute("CREATE VIEW t_rbf_phones AS SELECT phone FROM t_rbf_cust");

        Answer failed = rollback(added, true);

        assertThat(failed.status()).as(failed.toString()).isEqualTo(422);
        assertThat(failed.json().get("error").asText()).isEqualTo("migration_failed");
        assertThat(db.columnNames("t_rbf_cust")).contains("phone");
        assertThat(api.get(ENTITIES + "t_rbf_cust").json().get("version").asInt()).isEqualTo(2);
        assertThat(db.column("SELECT status FROM buildify_catalog.migration_history WHERE entity_name = 't_rbf_cust'"
                + " ORDER BY id")).containsExactly("completed", "completed", "failed");
        assertThat(db.column("SELECT action || ' ' || (details ->> 'rolled_back_migration_id')"
                + " FROM buildify_catalog.audit_log WHERE object_name = 't_rbf_cust' ORDER BY id DESC LIMIT 1"))
                .containsExactly("rollback_failed " + added);
    }
}
