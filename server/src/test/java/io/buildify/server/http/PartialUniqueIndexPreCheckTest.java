package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * A new unique index whose WHERE (or column) names a column the same publish renames, adds or converts, over rows
 * it would refuse: the preview shows the count and the publish is refused by the index's name and that count,
 * on a real PostgreSQL, with nothing changed; once the rows are fixed the same publish goes through.
 */
class PartialUniqueIndexPreCheckTest extends SharedServerTest {

    private final PreCheckPublishing publishing = new PreCheckPublishing(api, db, server.dataSource());

    private JsonNode checkOf(EntityDefinition definition, String column) {
        JsonNode preview = publishing.previewChecks(definition);
        for (JsonNode check : preview.get("checks")) {
            if (check.get("column").asText().equals(column)) {
                return check;
            }
        }
        throw new AssertionError("no check of " + column + " in " + preview);
    }

    /** Refused by name and count, nothing changed; then fixed and published. */
    private void refusedThenPublishedOnceFixed(EntityDefinition next, String index, int failing, String message,
                                               String fix) throws Exception {
        assertThat(checkOf(next, index).get("failing_rows").asInt()).isEqualTo(failing);

        JsonNode refusal = publishing.refusedAndUnchanged(next, next.tableName());
        assertThat(refusal.get("message").asText()).contains(index + ": " + message);
        assertThat(refusal.get("details").get("checks").findValuesAsText("column")).contains(index);

        db.execute(fix);
        assertThat(checkOf(next, index).get("failing_rows").asInt()).isZero();
        Answer answer = publishing.publish(next, 1);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(db.column("SELECT indexname FROM pg_indexes WHERE tablename = '" + next.tableName() + "'"))
                .contains(index);
    }

    @Test
    void whereNamingARenamedColumnIsCountedByItsOldName() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_pu_ren")
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("active", FieldType.BOOLEAN)));
        db.execute("INSERT INTO t_pu_ren (code, active) VALUES ('A', true), ('A', true), ('A', false), ('B', true),"
                + " ('C', true), ('C', true), ('C', NULL), (NULL, true), (NULL, true)");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("active").orElseThrow().withName("live"))
                .withIndexAdded(IndexDefinition.of("t_pu_ren_code_live", List.of("code")).withUnique(true)
                        .withWhere("live"));

        refusedThenPublishedOnceFixed(v2, "t_pu_ren_code_live", 4, "4 rows share their values of (code) with another"
                + " row where (live), but the index is unique", "UPDATE t_pu_ren SET active = false WHERE code IN"
                + " ('A', 'C')");
        assertThat(db.column("SELECT count(*)::text FROM t_pu_ren WHERE live")).containsExactly("3");
    }

    @Test
    void whereNamingAColumnAddedInTheSamePublishReadsItsDefault() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_pu_add")
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING)));
        db.execute("INSERT INTO t_pu_add (code) VALUES ('A'), ('A'), ('A'), ('B')");
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("status", FieldType.STRING)
                        .withDefaultValue("open"))
                .withIndexAdded(IndexDefinition.of("t_pu_add_open_code", List.of("code")).withUnique(true)
                        .withWhere("status = 'open'"));

        refusedThenPublishedOnceFixed(v2, "t_pu_add_open_code", 3, "3 rows share their values of (code) with another"
                + " row where (status = 'open'), but the index is unique", "UPDATE t_pu_add SET code = 'A' || ctid::text"
                + " WHERE code = 'A'");
    }

    @Test
    void aColumnWhoseTypeChangesIsCountedByItsConvertedValue() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_pu_conv")
                .withFieldAdded(FieldDefinition.of("qty", FieldType.STRING)));
        db.execute("INSERT INTO t_pu_conv (qty) VALUES ('01'), ('1'), (' 1'), ('2'), ('0'), ('00'), (NULL), (NULL)");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("qty").orElseThrow().withType(FieldType.INTEGER))
                .withIndexAdded(IndexDefinition.of("t_pu_conv_qty", List.of("qty")).withUnique(true)
                        .withWhere("qty > 0"));

        refusedThenPublishedOnceFixed(v2, "t_pu_conv_qty", 3, "3 rows share their values of (qty) with another row"
                + " where (qty > 0) once converted (qty to INTEGER), but the index is unique", "DELETE FROM t_pu_conv WHERE qty IN ('01', ' 1')");
        assertThat(db.column("SELECT qty::text FROM t_pu_conv WHERE qty IS NOT NULL ORDER BY qty"))
                .containsExactly("0", "0", "1", "2");
    }

    @Test
    void aWhereThatCannotBeEvaluatedLeavesTheOtherChecksStanding() throws Exception {
        EntityDefinition v1 = publishing.published(EntityDefinition.of("t_pu_bad")
                .withFieldAdded(FieldDefinition.of("code", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("n", FieldType.STRING)));
        db.execute("INSERT INTO t_pu_bad (code, n) VALUES ('A', '1'), ('A', 'x')");
        SchemaSnapshot before = SchemaSnapshot.of(server.dataSource(), "t_pu_bad");
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("n").orElseThrow().withType(FieldType.INTEGER))
                .withIndexAdded(IndexDefinition.of("t_pu_bad_code", List.of("code")).withUnique(true)
                        .withWhere("code > 5")); // VARCHAR > INTEGER: PostgreSQL has no such operator

        JsonNode preview = api.postJson(ENTITIES + "t_pu_bad/preview", Definitions.request(v2, 1)).json();
        assertThat(preview.get("checks").findValuesAsText("column")).containsExactly("n");
        assertThat(preview.get("checks").get(0).get("failing_rows").asInt()).isEqualTo(1);
        Answer refused = publishing.publish(v2, 1);
        assertThat(refused.json().get("error").asText()).as(refused.toString()).isEqualTo("precheck_failed");
        assertThat(refused.json().get("message").asText()).startsWith("n: 1 row holds values that are not whole");

        db.execute("UPDATE t_pu_bad SET n = '2' WHERE n = 'x'");
        Answer failed = publishing.publish(v2, 1);
        assertThat(failed.status()).as(failed.toString()).isEqualTo(422);
        assertThat(failed.json().get("error").asText()).isEqualTo("migration_failed");
        assertThat(SchemaSnapshot.of(server.dataSource(), "t_pu_bad")).isEqualTo(before);
    }
}
