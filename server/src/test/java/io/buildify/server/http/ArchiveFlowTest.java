package io.buildify.server.http;

import io.buildify.core.api.ArchiveRequest;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a published entity archives it over HTTP, on a real PostgreSQL with rows; rollback brings it back. */
class ArchiveFlowTest extends SharedServerTest {

    private static Answer publish(EntityDefinition definition, int base) {
        return api.postJson(ENTITIES + definition.name() + "/publish", Definitions.request(definition, base));
    }

    private static Answer archive(String name, int base, boolean confirm, String requestId) {
        return api.postJson(ENTITIES + name + "/archive", new ArchiveRequest(base, "no longer needed", requestId,
                "tester", confirm));
    }

    private static String archivedTable(String name) throws Exception {
        List<String> tables = db.column("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " 'public' AND table_name LIKE ?", "\\_archived\\_" + name + "\\_2%");
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void archiveKeepsTheRowsAsideLeavesTheListAndRollbackBringsEverythingBack() throws Exception {
        assertThat(publish(EntityDefinition.of("t_ar_tag"), 0).status()).isEqualTo(201);
        assertThat(publish(EntityDefinition.of("t_ar_contact"), 0).status()).isEqualTo(201);
        EntityDefinition company = Definitions.customer("t_ar_comp").withRelationships(List.of(
                RelationshipDefinition.of("contacts", RelationshipKind.ONE_TO_MANY, "t_ar_contact"),
                RelationshipDefinition.of("tags", RelationshipKind.MANY_TO_MANY, "t_ar_tag")));
        assertThat(publish(company, 0).status()).isEqualTo(201);
        db.execute("INSERT INTO t_ar_comp (id, name, email) VALUES ('00000000-0000-0000-0000-000000000001', 'Acme',"
                + " 'a@x.org')");
        db.execute("INSERT INTO t_ar_contact (t_ar_comp_id) VALUES ('00000000-0000-0000-0000-000000000001')");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_ar_");

        Answer unconfirmed = archive("t_ar_comp", 1, false, null);
        assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(422);
        assertThat(unconfirmed.json().get("error").asText()).isEqualTo("confirmation_required");
        assertThat(unconfirmed.json().get("message").asText()).contains("archive_table t_ar_comp");
        Answer stale = archive("t_ar_comp", 7, true, null);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        Answer archived = archive("t_ar_comp", 1, true, "archive-req-1");
        assertThat(archived.status()).as(archived.toString()).isEqualTo(201);
        assertThat(archived.json().get("version").asInt()).isEqualTo(2);
        assertThat(archived.json().get("migration").get("migration_type").asText()).isEqualTo("drop");
        assertThat(archive("t_ar_comp", 1, true, "archive-req-1").status()).isEqualTo(200); // replayed
        assertThat(api.get(ENTITIES + "t_ar_comp").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/data-model/entities").json().findValuesAsText("name"))
                .doesNotContain("t_ar_comp").contains("t_ar_contact");
        assertThat(db.column("SELECT name FROM " + archivedTable("t_ar_comp"))).containsExactly("Acme");
        assertThat(db.columnNames("t_ar_contact")).noneMatch(c -> c.equals("t_ar_comp_id"));
        assertThat(db.column("SELECT action FROM buildify_catalog.audit_log WHERE object_name = 't_ar_comp'"
                + " ORDER BY id DESC LIMIT 2")).contains("archive");

        long migration = archived.json().get("migration").get("id").asLong();
        Answer rolledBack = api.postJson("/api/v1/data-model/migrations/" + migration + "/rollback",
                new RollbackRequest("tester", null, false));
        assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(201);
        assertThat(rolledBack.json().get("version").asInt()).isEqualTo(3);
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_ar_")).isEqualTo(before);
        assertThat(db.column("SELECT c.name FROM t_ar_comp c JOIN t_ar_contact k ON k.t_ar_comp_id = c.id"))
                .containsExactly("Acme");
        assertThat(api.get(ENTITIES + "t_ar_comp").json().get("version").asInt()).isEqualTo(3);
    }

    @Test
    void aLaterPublishOfTheSameNameStartsAFreshTableUnderTheNextVersion() throws Exception {
        EntityDefinition item = EntityDefinition.of("t_ar_item").withFieldAdded(FieldDefinition.of("code",
                FieldType.STRING).withUnique(true));
        assertThat(publish(item, 0).status()).isEqualTo(201);
        db.execute("INSERT INTO t_ar_item (code) VALUES ('old')");
        assertThat(archive("t_ar_item", 1, true, null).status()).isEqualTo(201);

        Answer again = publish(item, 0);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("version").asInt()).isEqualTo(3);
        assertThat(again.json().get("migration").get("migration_type").asText()).isEqualTo("create");
        assertThat(db.column("SELECT code FROM t_ar_item")).isEmpty();
        assertThat(db.column("SELECT code FROM " + archivedTable("t_ar_item"))).containsExactly("old");
    }

    @Test
    void refusesWhileAnotherEntityPointsAtItAndNamesIt() {
        assertThat(publish(EntityDefinition.of("t_ar_owner"), 0).status()).isEqualTo(201);
        EntityDefinition pet = EntityDefinition.of("t_ar_pet").withFieldAdded(FieldDefinition.of("owner",
                FieldType.LOOKUP).withLookupEntity("t_ar_owner"));
        assertThat(publish(pet, 0).status()).isEqualTo(201);

        Answer refused = archive("t_ar_owner", 1, true, null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("message").asText()).contains("lookup field 't_ar_pet.owner'");
        assertThat(archive("t_ar_nothing", 1, true, null).status()).isEqualTo(404);
    }

    @Test
    void anArchiveRefusedByAnEventTriggerIsRecordedAsFailedAndLeavesTheEntityPublished() throws Exception {
        assertThat(publish(Definitions.customer("t_arf_cust"), 0).status()).isEqualTo(201);
        // Refuses any DDL on the entity's table, renamed or not, for this test only.
        db.execute("CREATE FUNCTION t_arf_refuse() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() WHERE object_identity LIKE '%t_arf_cust%')"
                + " THEN RAISE EXCEPTION 'the test refuses DDL on t_arf_cust'; END IF; END $$");
        db.execute("CREATE EVENT TRIGGER t_arf_refuse ON ddl_command_end EXECUTE FUNCTION t_arf_refuse()");
        Answer failed;
        try {
            failed = archive("t_arf_cust", 1, true, null);
        } finally {
            db.execute("DROP EVENT TRIGGER t_arf_refuse");
            db.execute("DROP FUNCTION t_arf_refuse()");
        }

        assertThat(failed.status()).as(failed.toString()).isEqualTo(422);
        assertThat(failed.json().get("error").asText()).isEqualTo("migration_failed");
        assertThat(failed.json().get("message").asText()).contains("the test refuses DDL on t_arf_cust");
        assertThat(api.get(ENTITIES + "t_arf_cust").json().get("version").asInt()).isEqualTo(1);
        assertThat(db.column("SELECT status FROM buildify_catalog.migration_history WHERE entity_name = 't_arf_cust'"
                + " ORDER BY id")).containsExactly("completed", "failed");
        assertThat(db.column("SELECT action FROM buildify_catalog.audit_log WHERE object_name = 't_arf_cust'"
                + " ORDER BY id DESC LIMIT 1")).containsExactly("archive_failed");
    }
}
