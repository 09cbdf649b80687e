package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.Definitions;
import io.buildify.server.SharedServerTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing over real HTTP into a real PostgreSQL, checked in information_schema and the catalog. */
class PublishFlowTest extends SharedServerTest {

    @Test
    void publishingCustomerCreatesItsTableWithTypedColumns() throws Exception {
        Answer answer = api.postJson(ENTITIES + "customer/publish",
                Definitions.request(Definitions.customer("customer"), 0));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        PublishResponse response = answer.as(PublishResponse.class);
        assertThat(response.entityName()).isEqualTo("customer");
        assertThat(response.version()).isEqualTo(1);
        assertThat(response.migration().status().code()).isEqualTo("completed");
        assertThat(response.migration().upSql()).contains("CREATE TABLE");
        assertThat(response.migration().executionTimeMs()).isNotNull();

        Map<String, String[]> columns = columns("customer");
        assertThat(columns).containsKeys("id", "created_at", "updated_at", "name", "email", "credit_limit");
        assertThat(columns.get("name")).containsExactly("character varying", "NO");
        assertThat(columns.get("email")).containsExactly("character varying", "YES");
        assertThat(columns.get("credit_limit")).containsExactly("numeric", "YES");
        assertThat(columns.get("id")).containsExactly("uuid", "NO");
        assertThat(uniqueColumns("customer")).contains("email");
        assertThat(tableExists("buildify_catalog", "customer")).as("user tables stay out of the catalog").isFalse();
        assertThat(auditActions("customer")).containsExactly("create", "publish");
    }

    @Test
    void theFirstPublishIsAuditedAsCreateAndALaterOneAsUpdateWithItsChanges() {
        EntityDefinition v1 = Definitions.customer("t_audited");
        assertThat(api.postJson(ENTITIES + "t_audited/publish", Definitions.request(v1, 0)).status()).isEqualTo(201);
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("fax", FieldType.PHONE));
        assertThat(api.postJson(ENTITIES + "t_audited/publish", Definitions.request(v2, 1)).status()).isEqualTo(201);
        // Refused (stale): nothing changes, so nothing is audited as create or update.
        assertThat(api.postJson(ENTITIES + "t_audited/publish", Definitions.request(v2, 1)).status()).isEqualTo(409);

        JsonNode items = api.get("/api/v1/audit?object_type=entity&object_name=t_audited").json().get("items");

        assertThat(items.findValuesAsText("action")).containsExactly("publish", "update", "publish", "create");
        JsonNode update = items.get(1).get("details");
        assertThat(update.get("from_version").asInt()).isEqualTo(1);
        assertThat(update.get("version").asInt()).isEqualTo(2);
        assertThat(update.get("changes").get(0).asText()).isEqualTo("add_column t_audited.fax");
        assertThat(update.get("migration_id").asLong()).isEqualTo(items.get(0).get("details").get("migration_id")
                .asLong());
        JsonNode create = items.get(3).get("details");
        assertThat(create.has("from_version")).isFalse();
        assertThat(create.get("version").asInt()).isEqualTo(1);
        assertThat(items.get(3).get("actor").asText()).isEqualTo("tester");
    }

    @Test
    void publishedEntityIsListedReadableAndHasHistory() {
        EntityDefinition definition = Definitions.customer("supplier");
        assertThat(api.postJson(ENTITIES + "supplier/publish", Definitions.request(definition, 0)).status())
                .isEqualTo(201);

        JsonNode list = api.get("/api/v1/data-model/entities").json();
        assertThat(list.get("items").findValuesAsText("name")).contains("supplier");

        Answer get = api.get(ENTITIES + "supplier");
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json().get("version").asInt()).isEqualTo(1);
        assertThat(get.json().get("definition").get("fields")).hasSize(3);
        assertThat(get.json().get("definition").get("id").asText()).isEqualTo(definition.id());

        JsonNode history = api.get(ENTITIES + "supplier/migrations").json().get("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("status").asText()).isEqualTo("completed");
        assertThat(history.get(0).get("migration_type").asText()).isEqualTo("create");
        assertThat(history.get(0).get("from_version").asInt()).isZero();
        assertThat(history.get(0).get("to_version").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("commit_message").asText()).isEqualTo("publish supplier");
        assertThat(history.get(0).get("author").asText()).isEqualTo("tester");
        assertThat(history.get(0).get("changes").get(0).get("kind").asText()).isEqualTo("create_table");
        assertThat(history.get(0).get("down_sql").asText()).contains("DROP TABLE");
    }

    @Test
    void staleBaseVersionIsRefusedWithBothVersions() {
        EntityDefinition definition = Definitions.customer("invoice");
        assertThat(api.postJson(ENTITIES + "invoice/publish", Definitions.request(definition, 0)).status())
                .isEqualTo(201);

        Answer again = api.postJson(ENTITIES + "invoice/publish", Definitions.request(definition, 0));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("conflict");
        assertThat(again.json().get("details").get("base_version").asInt()).isZero();
        assertThat(again.json().get("details").get("current_version").asInt()).isEqualTo(1);

        Answer preview = api.postJson(ENTITIES + "invoice/preview", Definitions.request(definition, 0));
        assertThat(preview.status()).isEqualTo(409);
        assertThat(api.get(ENTITIES + "invoice/migrations").json().get("items")).hasSize(1);
    }

    @Test
    void invalidNamesAreRefusedWithTheFieldNamed() {
        for (String name : List.of("select", "Bad-Name")) {
            Answer answer = api.postJson(ENTITIES + name + "/publish",
                    Definitions.request(Definitions.customer(name), 0));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).isEqualTo("validation_failed");
            assertThat(answer.json().get("details").get("problems").findValuesAsText("path")).contains("name");
        }
        EntityDefinition badField = EntityDefinition.of("t_bad_field")
                .withFieldAdded(FieldDefinition.of("order", FieldType.STRING));
        Answer answer = api.postJson(ENTITIES + "t_bad_field/publish", Definitions.request(badField, 0));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("details").get("problems").findValuesAsText("path")).contains("fields[0].name");
    }

    @Test
    void pathNameMustEqualTheDefinitionName() {
        Answer answer = api.postJson(ENTITIES + "t_other/publish",
                Definitions.request(Definitions.customer("t_mismatch"), 0));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(answer.json().get("message").asText()).contains("t_other").contains("t_mismatch");
        assertThat(tableExists("public", "t_mismatch")).isFalse();
    }

    @Test
    void failingMigrationLeavesNoTableAndRecordsAFailedRow() throws SQLException {
        EntityDefinition order = EntityDefinition.of("t_order")
                .withFieldAdded(FieldDefinition.of("number", FieldType.STRING).withRequired(true))
                .withFieldAdded(FieldDefinition.of("buyer", FieldType.LOOKUP).withLookupEntity("t_ghost"));

        Answer answer = api.postJson(ENTITIES + "t_order/publish", Definitions.request(order, 0));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().get("error").asText()).isEqualTo("migration_failed");
        assertThat(answer.json().get("message").asText()).contains("t_ghost").contains("does not exist");
        assertThat(answer.body()).doesNotContain("at org.").doesNotContain("Exception");
        assertThat(tableExists("public", "t_order")).isFalse();
        assertThat(api.get(ENTITIES + "t_order").status()).isEqualTo(404);
        JsonNode history = api.get(ENTITIES + "t_order/migrations").json().get("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("status").asText()).isEqualTo("failed");
        assertThat(history.get(0).get("error_message").asText()).contains("t_ghost");
        assertThat(auditActions("t_order")).containsExactly("publish_failed");
    }

    @Test
    void replayedRequestIdReturnsTheFirstResultWithoutApplyingAgain() {
        PublishRequest request = Definitions.request(Definitions.customer("t_replay"), 0);
        Answer first = api.postJson(ENTITIES + "t_replay/publish", request);
        Answer second = api.postJson(ENTITIES + "t_replay/publish", request);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.response().headers().firstValue(PublishController.REPLAYED_HEADER)).contains("true");
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(api.get(ENTITIES + "t_replay/migrations").json().get("items")).hasSize(1);
        assertThat(api.get(ENTITIES + "t_replay").json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentPublishesOfTheSameNewEntityAreSerialisedOneWinsOneConflicts() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Integer> publish = () -> {
                go.await();
                return api.postJson(ENTITIES + "t_race/publish",
                        Definitions.request(Definitions.customer("t_race"), 0)).status();
            };
            var first = pool.submit(publish);
            var second = pool.submit(publish);
            go.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(ENTITIES + "t_race/migrations").json().get("items")).hasSize(1);
    }

    @Test
    void previewPlansWithoutExecuting() {
        Answer preview = api.postJson(ENTITIES + "t_preview/preview",
                Definitions.request(Definitions.customer("t_preview"), 0));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode plan = preview.json().get("plan");
        assertThat(plan.get("type").asText()).isEqualTo("create");
        assertThat(plan.get("up_sql").asText()).contains("CREATE TABLE").contains("t_preview");
        assertThat(plan.get("to_version").asInt()).isEqualTo(1);
        assertThat(preview.json().get("checks")).isEmpty();
        assertThat(preview.json().get("blocked").asBoolean()).isFalse();
        assertThat(preview.json().get("confirmation_required").asBoolean()).isFalse();
        assertThat(tableExists("public", "t_preview")).isFalse();
        assertThat(api.get(ENTITIES + "t_preview/migrations").json().get("items")).isEmpty();
    }

    @Test
    void validateNameChecksFormatAndAvailability() {
        assertThat(api.postJson(ENTITIES + "validate-name", Map.of("name", "t_fresh")).json().get("valid")
                .asBoolean()).isTrue();
        JsonNode reserved = api.postJson(ENTITIES + "validate-name", Map.of("name", "select")).json();
        assertThat(reserved.get("valid").asBoolean()).isFalse();
        assertThat(reserved.get("message").asText()).contains("reserved");
        assertThat(api.postJson(ENTITIES + "validate-name", Map.of("name", "Bad-Name")).json().get("valid")
                .asBoolean()).isFalse();

        api.postJson(ENTITIES + "t_taken/publish", Definitions.request(Definitions.customer("t_taken"), 0));
        JsonNode taken = api.postJson(ENTITIES + "validate-name", Map.of("name", "t_taken")).json();
        assertThat(taken.get("valid").asBoolean()).isFalse();
        assertThat(taken.get("message").asText()).contains("already published");
    }

    private static Map<String, String[]> columns(String table) throws SQLException {
        Map<String, String[]> columns = new LinkedHashMap<>();
        try (Connection c = server.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT column_name, data_type, is_nullable"
                     + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)});
                }
            }
        }
        return columns;
    }

    private static List<String> uniqueColumns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = server.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT k.column_name FROM information_schema.table_constraints t"
                     + " JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name)"
                     + " WHERE t.table_name = ? AND t.constraint_type = 'UNIQUE'")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<String> auditActions(String entity) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection c = server.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT action FROM buildify_catalog.audit_log"
                     + " WHERE object_type = 'entity' AND object_name = ? ORDER BY id")) {
            q.setString(1, entity);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }

    static boolean tableExists(String schema, String table) {
        try (Connection c = server.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM information_schema.tables"
                     + " WHERE table_schema = ? AND table_name = ?")) {
            q.setString(1, schema);
            q.setString(2, table);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
