package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One-to-many relationships published for real: the key column lands on the "many" table, which holds rows. */
class OneToManyPublishTest extends SharedServerTest {

    private static Answer publish(EntityDefinition definition, int base) {
        return api.postJson(ENTITIES + definition.name() + "/publish",
                Definitions.request(definition, base).withConfirmDestructive(true));
    }

    private static long published(EntityDefinition definition, int base) {
        Answer answer = publish(definition, base);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("migration").get("id").asLong();
    }

    private static RelationshipDefinition contacts(String target) {
        return new RelationshipDefinition("r-contacts", "contacts", "Contacts", RelationshipKind.ONE_TO_MANY, target,
                null, null, ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false);
    }

    @Test
    void aCompanysContactsGetAnEnforcedKeyThatRenamesAndRollsBackWithTheirRowsKept() throws Exception {
        published(EntityDefinition.of("t_om_contact")
                .withFieldAdded(FieldDefinition.of("title", FieldType.STRING)), 0);
        db.execute("INSERT INTO t_om_contact (title) VALUES ('Ann'), ('Bob')");
        EntityDefinition company = EntityDefinition.of("t_om_company")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING));
        published(company, 0);
        db.execute("INSERT INTO t_om_company (id, name) VALUES ('00000000-0000-0000-0000-000000000001', 'Acme')");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_om_");

        long added = published(company.withRelationships(List.of(contacts("t_om_contact"))), 1);
        db.execute("UPDATE t_om_contact SET t_om_company_id = '00000000-0000-0000-0000-000000000001'"
                + " WHERE title = 'Ann'");
        assertThatThrownBy(() -> db.execute("INSERT INTO t_om_contact (title, t_om_company_id) VALUES ('Cy',"
                + " '00000000-0000-0000-0000-0000000000ff')")).isInstanceOf(SQLException.class)
                .hasMessageContaining("t_om_company_contacts_fkey");
        assertThat(db.column("SELECT indexdef FROM pg_indexes WHERE indexname = 't_om_company_contacts_idx'"))
                .containsExactly("CREATE INDEX t_om_company_contacts_idx ON public.t_om_contact USING btree"
                        + " (t_om_company_id)");

        EntityDefinition v3 = company.withRelationships(List.of(contacts("t_om_contact").withName("people")
                .withForeignKeyColumn("employer_id")));
        published(v3, 2);
        assertThat(db.column("SELECT title || ' ' || coalesce(employer_id::text, '-') FROM t_om_contact ORDER BY 1"))
                .containsExactly("Ann 00000000-0000-0000-0000-000000000001", "Bob -");
        db.execute("DELETE FROM t_om_company");
        assertThat(db.column("SELECT title FROM t_om_contact")).as("ON DELETE CASCADE").containsExactly("Bob");

        long renamed = history("t_om_company").get(0).get("id").asLong();
        assertThat(rollback(renamed).status()).isEqualTo(201);
        assertThat(rollback(added).status()).isEqualTo(201);
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_om_")).isEqualTo(before);
        assertThat(db.column("SELECT title FROM t_om_contact")).containsExactly("Bob");
    }

    @Test
    void aTargetThatIsNotPublishedIsNamedAndARequiredKeyIsCheckedAgainstItsRows() throws Exception {
        EntityDefinition company = EntityDefinition.of("t_om_firm").withRelationships(List.of(
                contacts("t_om_person")));
        Answer refused = publish(company, 0);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("message").asText()).contains("publish 't_om_person' first");

        EntityDefinition person = EntityDefinition.of("t_om_person");
        published(person, 0);
        db.execute("INSERT INTO t_om_person DEFAULT VALUES");
        EntityDefinition required = company.withRelationships(List.of(contacts("t_om_person").withRequired(true)));
        JsonNode preview = api.postJson(ENTITIES + "t_om_firm/preview", Definitions.request(required, 0)).json();
        assertThat(preview.get("blocked").asBoolean()).isTrue();
        assertThat(preview.get("checks").get(0).get("message").asText()).startsWith("t_om_firm_id: 1 row ");
        assertThat(publish(required, 0).status()).isEqualTo(422);
        assertThat(db.columnNames("t_om_person")).doesNotContain("t_om_firm_id");

        published(company, 0);
        Answer clash = publish(person.withFieldAdded(FieldDefinition.of("t_om_firm_id", FieldType.UUID)), 1);
        assertThat(clash.status()).as(clash.toString()).isEqualTo(400);
        assertThat(clash.body()).contains("one_to_many relationship 'contacts' of entity 't_om_firm'");
    }

    private static List<JsonNode> history(String entity) {
        JsonNode items = api.get(ENTITIES + entity + "/migrations").json().get("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false).toList();
    }

    private static Answer rollback(long id) {
        Answer answer = api.postJson("/api/v1/data-model/migrations/" + id + "/rollback",
                new RollbackRequest("tester", null, true));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    @Test
    void anIncomingOneToOnePutsNoColumnOnItsTargetSoTheTargetMayTakeThatNameWhileTheSourceMayNot() throws Exception {
        EntityDefinition passport = EntityDefinition.of("t_oo_passport")
                .withFieldAdded(FieldDefinition.of("number", FieldType.STRING));
        published(passport, 0);
        EntityDefinition person = EntityDefinition.of("t_oo_person")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING))
                .withRelationships(List.of(new RelationshipDefinition("r-passport", "passport", "Passport",
                        RelationshipKind.ONE_TO_ONE, "t_oo_passport", null, null, ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION, false)));
        published(person, 0);
        assertThat(db.columnNames("t_oo_person")).contains("passport_id");
        assertThat(db.columnNames("t_oo_passport")).doesNotContain("passport_id");

        // The one-to-one's key is on the source's table (the person's), so the target's own column of that name
        // clashes with nothing: no check is owed there, unlike a one-to-many's column on its target.
        published(passport.withFieldAdded(FieldDefinition.of("passport_id", FieldType.STRING)), 1);
        assertThat(db.columnNames("t_oo_passport")).contains("passport_id");

        Answer clash = publish(person.withFieldAdded(FieldDefinition.of("passport_id", FieldType.STRING)), 1);
        assertThat(clash.status()).as(clash.toString()).isBetween(400, 499);
        assertThat(clash.body()).contains("passport_id");
        assertThat(api.get(ENTITIES + "t_oo_person").json().get("version").asInt()).isEqualTo(1);
    }
}
