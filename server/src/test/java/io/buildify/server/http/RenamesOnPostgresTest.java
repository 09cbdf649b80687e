package io.buildify.server.http;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SchemaSnapshot;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Renames that depend on each other, partial indexes that follow renamed columns, and repeated archives. */
class RenamesOnPostgresTest extends SharedServerTest {

    private static Answer published(EntityDefinition definition, int base) {
        Answer answer = api.postJson(ENTITIES + definition.name() + "/publish",
                Definitions.request(definition, base).withConfirmDestructive(true));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    @Test
    void swappedAndChainedColumnNamesKeepTheirValuesAndRollBack() throws Exception {
        FieldDefinition first = FieldDefinition.of("first_name", FieldType.STRING).withUnique(true);
        FieldDefinition last = FieldDefinition.of("last_name", FieldType.STRING).withUnique(true);
        FieldDefinition note = FieldDefinition.of("note", FieldType.TEXT);
        EntityDefinition v1 = EntityDefinition.of("t_rn_person").withFields(List.of(first, last, note));
        published(v1, 0);
        db.execute("INSERT INTO t_rn_person (first_name, last_name, note) VALUES ('Ada', 'Lovelace', 'x')");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_rn_person");

        EntityDefinition v2 = v1.withFields(List.of(first.withName("last_name"), last.withName("first_name"),
                note));
        Answer swap = published(v2, 1);
        assertThat(swap.json().get("migration").get("up_sql").asText()).contains("\"_renaming_first_name\"");
        assertThat(db.column("SELECT first_name || ' ' || last_name FROM t_rn_person"))
                .containsExactly("Lovelace Ada");
        assertThat(db.column("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname ="
                + " 't_rn_person_first_name_key'")).containsExactly("UNIQUE (first_name)");

        EntityDefinition v3 = v2.withFields(List.of(first.withName("last_name"), last.withName("note"),
                note.withName("remark"))); // note -> remark, then first_name -> note
        published(v3, 2);
        assertThat(db.column("SELECT note || ' ' || remark FROM t_rn_person")).containsExactly("Lovelace x");

        long chain = api.get(ENTITIES + "t_rn_person/migrations").json().get("items").get(0).get("id").asLong();
        long swapId = swap.json().get("migration").get("id").asLong();
        for (long id : new long[] {chain, swapId}) {
            assertThat(api.postJson("/api/v1/data-model/migrations/" + id + "/rollback",
                    new io.buildify.core.api.RollbackRequest("tester", null, true)).status()).isEqualTo(201);
        }
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_rn_person")).isEqualTo(before);
        assertThat(db.column("SELECT first_name || ' ' || last_name || ' ' || note FROM t_rn_person"))
                .containsExactly("Ada Lovelace x");
    }

    @Test
    void aPartialIndexFollowsItsRenamedColumnWithoutBeingBuiltAgain() throws Exception {
        FieldDefinition status = FieldDefinition.of("status", FieldType.STRING);
        FieldDefinition code = FieldDefinition.of("status_code", FieldType.STRING);
        IndexDefinition open = new IndexDefinition("i-open", "t_rn_ticket_open", List.of("status_code"), null,
                false, "status <> 'status' AND status_code IS NOT NULL");
        EntityDefinition v1 = EntityDefinition.of("t_rn_ticket").withFields(List.of(status, code))
                .withIndexes(List.of(open));
        published(v1, 0);
        String oid = db.column("SELECT 't_rn_ticket_open'::regclass::oid::text").get(0);

        EntityDefinition v2 = v1.withFieldReplaced(status.withName("state")).withIndexes(List.of(open
                .withName("t_rn_ticket_active").withWhere("state <> 'status' AND status_code IS NOT NULL")));
        String up = published(v2, 1).json().get("migration").get("up_sql").asText();

        assertThat(up).doesNotContain("DROP INDEX").contains("ALTER INDEX \"t_rn_ticket_open\" RENAME TO");
        assertThat(db.column("SELECT 't_rn_ticket_active'::regclass::oid::text")).containsExactly(oid);
        assertThat(db.column("SELECT indexdef FROM pg_indexes WHERE indexname = 't_rn_ticket_active'"))
                .singleElement().asString().endsWith("WHERE (((state)::text <> 'status'::text) AND (status_code IS"
                        + " NOT NULL))");
    }

    @Test
    void aColumnArchivedTwiceWithinASecondKeepsBothArchives() throws Exception {
        FieldDefinition note = FieldDefinition.of("note", FieldType.TEXT);
        EntityDefinition v1 = EntityDefinition.of("t_rn_memo").withFields(List.of(note));
        published(v1, 0);
        db.execute("INSERT INTO t_rn_memo (note) VALUES ('first')");
        published(v1.withFields(List.of()), 1);
        FieldDefinition again = FieldDefinition.of("note", FieldType.TEXT);
        published(v1.withFields(List.of(again)), 2);
        db.execute("INSERT INTO t_rn_memo (note) VALUES ('second')");
        published(v1.withFields(List.of()), 3);

        List<String> archives = db.columnNames("t_rn_memo").stream().filter(c -> c.startsWith("_archived_note_"))
                .toList();
        assertThat(archives).hasSize(2);
        assertThat(db.column("SELECT concat_ws(',', \"" + archives.get(0) + "\", \"" + archives.get(1) + "\")"
                + " FROM t_rn_memo ORDER BY 1")).containsExactly("first", "second");
    }
}
