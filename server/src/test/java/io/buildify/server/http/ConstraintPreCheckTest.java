package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row pre-checks of constraints PostgreSQL validates against converted values (a type change under a kept or
 * new UNIQUE or CHECK) or against another table (a UUID field turned into a lookup), on a real PostgreSQL: the
 * publish is refused naming the column and count, nothing changes, and it goes through once the rows are fixed.
 */
class ConstraintPreCheckTest extends SharedServerTest {

    private final PreCheckPublishing publishing = new PreCheckPublishing(api, db, server.dataSource());

    /** Refused with exactly {@code messages} (in any order), shown blocked by the preview; nothing changes. */
    private void refusedAndUnchanged(EntityDefinition next, String table, String... messages) throws Exception {
        JsonNode preview = publishing.previewChecks(next);
        assertThat(preview.get("blocked").asBoolean()).as(preview.toString()).isTrue();
        assertThat(preview.get("checks").findValuesAsText("message")).contains(messages);

        JsonNode refusal = publishing.refusedAndUnchanged(next, table);
        assertThat(refusal.get("details").get("checks").findValuesAsText("message"))
                .containsExactlyInAnyOrder(messages);
    }

    @Test
    void timesOfDayThatCollideOnceConvertedAreCountedUnderTheKeptUnique() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_cc_slot")
                .withFieldAdded(FieldDefinition.of("starts", FieldType.DATETIME).withUnique(true)));
        db.execute("INSERT INTO t_cc_slot (starts) VALUES ('2026-01-05 12:30:00'), ('2026-01-06 12:30:00'),"
                + " ('2026-01-07 12:30:00'), ('2026-01-07 09:00:00'), (NULL), (NULL)");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("starts").orElseThrow().withType(FieldType.TIME));

        refusedAndUnchanged(v2, "t_cc_slot",
                "starts: 3 rows share their value with another row once converted to TIME, but the field is unique");

        db.execute("UPDATE t_cc_slot SET starts = starts + interval '1 minute' WHERE starts::date = '2026-01-06'");
        db.execute("UPDATE t_cc_slot SET starts = starts + interval '2 minutes' WHERE starts::date = '2026-01-07'");
        assertThat(publishing.publish(v2, 1).status()).isEqualTo(201);
        assertThat(db.column("SELECT starts::text FROM t_cc_slot WHERE starts IS NOT NULL ORDER BY 1"))
                .containsExactly("09:02:00", "12:30:00", "12:31:00", "12:32:00");
    }

    @Test
    void textTurnedIntoABoundedIntegerCountsUnreadableAndOutOfRangeRowsSeparately() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_cc_score")
                .withFieldAdded(FieldDefinition.of("score", FieldType.STRING)));
        db.execute("INSERT INTO t_cc_score (score) VALUES ('5'), ('50'), ('-3'), ('abc'), (NULL)");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("score").orElseThrow().withType(FieldType.INTEGER)
                .withLength(null, null).withRange(BigDecimal.ZERO, BigDecimal.TEN));

        // 'abc' is counted once, by the type change; the range check must not fail on it (one query for all).
        refusedAndUnchanged(v2, "t_cc_score", "score: 1 row holds values that are not whole numbers that fit INTEGER",
                "score: 2 rows hold values outside the allowed range once converted to INTEGER");

        db.execute("UPDATE t_cc_score SET score = '7' WHERE score IN ('50', '-3', 'abc')");
        assertThat(publishing.publish(v2, 1).status()).isEqualTo(201);
        assertThat(db.column("SELECT coalesce(score::text, '-') FROM t_cc_score ORDER BY 1"))
                .containsExactly("-", "5", "7", "7", "7");
    }

    @Test
    void aUuidFieldTurnedIntoALookupCountsTheIdsItsTargetLacks() throws Exception {
        publishing.published(EntityDefinition.of("t_cc_account").withTableName("t_cc_accounts")
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING)));
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_cc_order")
                .withFieldAdded(FieldDefinition.of("account", FieldType.UUID)));
        db.execute("INSERT INTO t_cc_accounts (id, code) VALUES ('00000000-0000-0000-0000-00000000000a', 'a')");
        db.execute("INSERT INTO t_cc_order (account) VALUES ('00000000-0000-0000-0000-00000000000a'),"
                + " ('00000000-0000-0000-0000-00000000000b'), ('00000000-0000-0000-0000-00000000000c'), (NULL)");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("account").orElseThrow()
                .withType(FieldType.LOOKUP).withLookupEntity("t_cc_account"));

        refusedAndUnchanged(v2, "t_cc_order", "account: 2 rows point to t_cc_account records that do not exist");

        db.execute("INSERT INTO t_cc_accounts (id, code) VALUES ('00000000-0000-0000-0000-00000000000b', 'b')");
        db.execute("UPDATE t_cc_order SET account = NULL WHERE account = '00000000-0000-0000-0000-00000000000c'");
        assertThat(publishing.publish(v2, 1).status()).isEqualTo(201);
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE contype = 'f'"
                + " AND conrelid = 't_cc_order'::regclass")).hasSize(1);
    }

    @Test
    void aSelfLookupIsCheckedAgainstTheTableUnderItsOldNameWhileTheTableIsRenamed() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_cc_node")
                .withFieldAdded(FieldDefinition.of("parent", FieldType.UUID)));
        db.execute("INSERT INTO t_cc_node (id, parent) VALUES ('00000000-0000-0000-0000-000000000001', NULL),"
                + " ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001'),"
                + " ('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000009')");
        EntityDefinition v2 = v1.withTableName("t_cc_tree").withFieldReplaced(v1.fieldNamed("parent").orElseThrow()
                .withType(FieldType.LOOKUP).withLookupEntity("t_cc_node"));

        refusedAndUnchanged(v2, "t_cc_node", "parent: 1 row points to t_cc_node records that do not exist");

        db.execute("UPDATE t_cc_node SET parent = '00000000-0000-0000-0000-000000000002'"
                + " WHERE id = '00000000-0000-0000-0000-000000000003'");
        assertThat(publishing.publish(v2, 1).status()).isEqualTo(201);
        assertThat(db.column("SELECT count(*) FROM t_cc_tree WHERE parent IS NOT NULL")).containsExactly("2");
    }

    @Test
    void aKeptUniqueIndexOverARetypedColumnCountsTheRowsThatCollideOnceConverted() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_cc_visit")
                .withFieldAdded(FieldDefinition.of("room", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("at", FieldType.DATETIME))
                .withIndexAdded(IndexDefinition.of("t_cc_visit_room_at", List.of("room", "at")).withUnique(true)));
        db.execute("INSERT INTO t_cc_visit (room, at) VALUES ('a', '2026-01-05 12:30:00'), ('a', '2026-01-06 12:30:00'),"
                + " ('b', '2026-01-07 12:30:00'), (NULL, '2026-01-08 12:30:00'), (NULL, '2026-01-09 12:30:00')");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("at").orElseThrow().withType(FieldType.TIME));

        refusedAndUnchanged(v2, "t_cc_visit",
                "t_cc_visit_room_at: 2 rows share their values of (room, at) with another row once converted"
                        + " (at to TIME), but the index is unique");

        db.execute("UPDATE t_cc_visit SET room = 'c' WHERE at::date = '2026-01-06'");
        assertThat(publishing.publish(v2, 1).status()).isEqualTo(201);
    }
}
