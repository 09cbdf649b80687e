package io.buildify.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.buildify.core.json.JsonCodec;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 file with two good drafts and a corrupt row: the good ones stay listed, the bad one is reported. */
class DamagedDraftsTest {
    @TempDir
    Path dir;

    private DraftStore store;
    private EntityDefinition customer;
    private EntityDefinition invoice;

    @BeforeEach
    void twoGoodDrafts() {
        store = DraftStore.open(dir.resolve("drafts"), new SteppingClock(Instant.parse("2026-11-23T08:00:00Z")),
                "alice");
        customer = SampleEntities.customer();
        invoice = SampleEntities.named("invoice");
        store.entities().save(customer);
        store.entities().save(invoice);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listKeepsTheGoodDraftsAndDamagedNamesTheBrokenRowWithLineAndColumn() {
        CorruptRows.insertEntity(store, "broken-1", "order", CorruptRows.TRUNCATED);

        assertThat(store.entities().list()).extracting(draft -> draft.definition().name())
                .containsExactly("customer", "invoice");
        assertThat(store.entities().damaged()).singleElement().satisfies(damaged -> {
            assertThat(damaged.id()).isEqualTo("broken-1");
            assertThat(damaged.name()).isEqualTo("order");
            assertThat(damaged.noun()).isEqualTo("entity");
            assertThat(damaged.reason()).startsWith("line 1, column 32: unexpected end of JSON");
            assertThat(damaged.storedText()).isEqualTo(CorruptRows.TRUNCATED);
        });
        assertThatThrownBy(() -> store.entities().find("broken-1")).isInstanceOf(UnreadableDraftException.class)
                .hasMessageContaining("definition of entity 'order' (broken-1) cannot be read: line 1, column 32");
        assertThat(store.workflows().damaged()).as("kinds keep to their own table").isEmpty();
    }

    @Test
    void jsonNullAFutureVersionsPropertyAndAnotherDraftsIdAreDamagedToo() throws Exception {
        String json = JsonCodec.mapper().writeValueAsString(SampleEntities.named("ticket"));
        String future = json.replaceFirst("\\{", "{\"retention_days\": 30, ");
        String foreignId = JsonCodec.mapper().writeValueAsString(customer);
        CorruptRows.insertEntity(store, "null-1", "a_null", "null");
        CorruptRows.insertEntity(store, "future-1", "b_future", future);
        CorruptRows.insertEntity(store, "copy-1", "c_copy", foreignId);
        CorruptRows.insertEntity(store, "empty-1", "d_empty", "");

        assertThat(store.entities().list()).hasSize(2);
        assertThat(store.entities().damaged()).extracting(DamagedDraft::reason).satisfiesExactly(
                reason -> assertThat(reason).isEqualTo("it is JSON null"),
                reason -> assertThat(reason).startsWith("line 1, column ").contains("\"retention_days\""),
                reason -> assertThat(reason).isEqualTo("it holds entity id " + customer.id()
                        + ", not the row's id copy-1"),
                reason -> assertThat(reason).contains("unexpected end of JSON"));
    }

    @Test
    void aBrokenPublishedSnapshotIsNamedAsSuchAndExportsTheSnapshotText() {
        store.entities().markPublished(customer.id(), 1, customer);
        store.inTransaction("break the snapshot", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE entity_drafts SET published_snapshot = '[1, 2]' WHERE id = ?")) {
                update.setString(1, customer.id());
                return update.executeUpdate();
            }
        });

        assertThat(store.entities().list()).extracting(draft -> draft.definition().name())
                .containsExactly("invoice");
        DamagedDraft damaged = store.entities().damaged().get(0);
        assertThat(damaged.reason()).startsWith("published snapshot: line 1, column 1: ");
        assertThat(damaged.storedText()).isEqualTo("[1, 2]");
    }

    @Test
    void deleteRemovesTheDamagedRowLogsItsExactTextAndLeavesTheGoodDraftsAlone() {
        String stored = CorruptRows.TRUNCATED + "\n  \u00e9 trailing \t";
        CorruptRows.insertEntity(store, "broken-1", "order", stored);
        EntityDraft customerBefore = store.entities().find(customer.id()).orElseThrow();
        EntityDraft invoiceBefore = store.entities().find(invoice.id()).orElseThrow();

        store.entities().delete("broken-1");

        assertThat(store.entities().damaged()).isEmpty();
        assertThat(store.entities().list()).containsExactly(customerBefore, invoiceBefore);
        assertThat(store.editLog().entries("broken-1")).singleElement().satisfies(entry -> {
            assertThat(entry.summary()).isEqualTo("deleted damaged entity 'order'");
            assertThat(entry.beforeJson()).isEqualTo(stored);
            assertThat(entry.afterJson()).isNull();
        });
        assertThat(store.editLog().entries(customer.id())).hasSize(1);
    }

    @Test
    void deletingAGoodDraftStillLogsItsStoredJson() throws Exception {
        store.entities().delete(invoice.id());

        assertThat(store.editLog().entries(invoice.id()).get(0).beforeJson())
                .isEqualTo(JsonCodec.mapper().writeValueAsString(invoice));
        assertThat(store.editLog().entries(invoice.id()).get(0).summary()).isEqualTo("deleted entity 'invoice'");
    }

    @Test
    void aDamagedWorkflowRowIsReportedByTheWorkflowRepository() {
        WorkflowDefinition flow = WorkflowDefinition.of("approval", "customer");
        store.workflows().save(flow);
        store.inTransaction("break the workflow", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE workflow_drafts SET definition = '{\"id\": 1,' WHERE id = ?")) {
                update.setString(1, flow.id());
                return update.executeUpdate();
            }
        });

        assertThat(store.workflows().list()).isEmpty();
        assertThat(store.workflows().damaged()).extracting(DamagedDraft::describe)
                .containsExactly("workflow 'approval'");
        assertThat(store.entities().list()).hasSize(2);
    }
}
