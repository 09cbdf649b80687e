package io.buildify.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic store on a real, migrated H2 file, with its own connection that the tests close and reopen. */
class JdbcDefinitionStoreTest {
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(START);
    private Path file;
    private GuardedConnection db;
    private JdbcEditLog editLog;
    private JdbcDefinitionStore<EntityDefinition, EntityDraft> entities;

    @BeforeEach
    void open() throws SQLException {
        file = dir.resolve("drafts");
        DraftStore.open(file, clock, "alice").close(); // creates the file and its schema
        connect();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void connect() throws SQLException {
        db = new GuardedConnection(DriverManager.getConnection(DraftStore.urlOf(file), "designer", ""), file, true);
        editLog = new JdbcEditLog(db, "alice");
        entities = new JdbcDefinitionStore<>(db, editLog, clock, JdbcEntityDraftRepository.ENTITIES);
    }

    @Test
    void savedDefinitionIsThereAfterTheConnectionIsClosedAndReopened() throws SQLException {
        EntityDefinition customer = SampleEntities.customer();
        entities.save(customer);
        db.close();

        connect();

        EntityDraft draft = entities.find(customer.id()).orElseThrow();
        assertThat(draft.definition()).isEqualTo(customer);
        assertThat(draft.updatedAt()).isEqualTo(START);
        assertThat(entities.list()).containsExactly(draft);
    }

    @Test
    void deleteRemovesTheDraftForGoodButNotItsHistory() throws SQLException {
        EntityDefinition invoice = SampleEntities.named("invoice");
        entities.save(invoice);
        entities.delete(invoice.id());
        db.close();

        connect();

        assertThat(entities.find(invoice.id())).isEmpty();
        assertThat(entities.list()).isEmpty();
        assertThat(editLog.entries(invoice.id())).extracting(EditLogEntry::summary)
                .containsExactly("deleted entity 'invoice'", "created entity 'invoice'");
    }

    @Test
    void malformedStoredJsonFailsWithAnErrorNamingTheDefinitionAndTheStoreKeepsWorking() {
        EntityDefinition customer = SampleEntities.customer();
        entities.save(customer);
        overwrite("definition", "{\"id\": \"" + customer.id() + "\", \"name\": ", customer.id());

        String named = "definition of entity 'customer' (" + customer.id() + ") cannot be read";
        assertThatThrownBy(() -> entities.find(customer.id()))
                .isInstanceOf(DraftStoreException.class).hasMessageContaining(named);
        assertThat(entities.list()).as("the bad row is reported by damaged(), not thrown").isEmpty();
        assertThat(entities.damaged()).extracting(DamagedDraft::id).containsExactly(customer.id());
        assertThatThrownBy(() -> entities.save(customer.withLabel("Client")))
                .isInstanceOf(DraftStoreException.class).hasMessageContaining(named);
        assertThat(editLog.entries(customer.id())).as("the failed save logged nothing").hasSize(1);

        EntityDefinition invoice = SampleEntities.named("invoice");
        entities.save(invoice);
        assertThat(entities.find(invoice.id())).as("other drafts still work").isPresent();
    }

    @Test
    void storedJsonNullOrABrokenSnapshotIsAlsoAClearError() {
        EntityDefinition customer = SampleEntities.customer();
        entities.markPublished(customer.id(), 1, customer);
        overwrite("published_snapshot", "[1, 2]", customer.id());
        assertThatThrownBy(() -> entities.find(customer.id())).isInstanceOf(DraftStoreException.class)
                .hasMessageContaining("published snapshot of entity 'customer' (" + customer.id() + ")");

        overwrite("definition", "null", customer.id());
        assertThatThrownBy(() -> entities.find(customer.id())).isInstanceOf(DraftStoreException.class)
                .hasMessageContaining("definition of entity 'customer' (" + customer.id() + ") cannot be read: "
                        + "it is JSON null");
    }

    @Test
    void everyChangeLogsExactlyOneRowAndANonChangeNone() {
        EntityDefinition customer = SampleEntities.customer();
        EntityDefinition edited = customer.withLabel("Client");

        entities.save(customer);
        entities.save(customer);
        clock.advance(Duration.ofSeconds(1));
        entities.save(edited);
        entities.save(edited);
        entities.markPublished(customer.id(), 1, edited);
        entities.delete(customer.id());
        entities.delete(customer.id());

        assertThat(editLog.entries(customer.id())).extracting(EditLogEntry::summary).containsExactly(
                "deleted entity 'customer'", "published 'customer' as v1", "changed entity settings",
                "created entity 'customer'");
        assertThat(editLog.entries(customer.id())).extracting(EditLogEntry::at).containsExactly(
                START.plusSeconds(1), START.plusSeconds(1), START.plusSeconds(1), START);
    }

    @Test
    void aFailureWhileLoggingLeavesNoDraftBehind() {
        IllegalStateException failure = new IllegalStateException("summary failed");
        DefinitionKind<WorkflowDefinition, WorkflowDraft> failing = new DefinitionKind<>(
                DraftTable.WORKFLOW_DRAFTS, "workflow", WorkflowDefinition.class, WorkflowDefinition::id,
                WorkflowDefinition::name, WorkflowDraft::new, (before, after) -> {
                    throw failure;
                }, (snapshot, version) -> "published");
        JdbcDefinitionStore<WorkflowDefinition, WorkflowDraft> workflows =
                new JdbcDefinitionStore<>(db, editLog, clock, failing);
        WorkflowDefinition workflow = WorkflowDraftRepositoryTest.approval();

        assertThatThrownBy(() -> workflows.save(workflow)).isSameAs(failure);

        assertThat(workflows.find(workflow.id())).as("the insert was rolled back with the log row").isEmpty();
        assertThat(editLog.entries(workflow.id())).isEmpty();
    }

    @Test
    void kindsKeepToTheirOwnTable() {
        JdbcDefinitionStore<WorkflowDefinition, WorkflowDraft> workflows =
                new JdbcDefinitionStore<>(db, editLog, clock, JdbcWorkflowDraftRepository.WORKFLOWS);
        EntityDefinition entity = SampleEntities.named("claim");
        WorkflowDefinition workflow = WorkflowDraftRepositoryTest.approval();

        entities.save(entity);
        workflows.save(workflow);

        assertThat(entities.list()).extracting(d -> d.definition().id()).containsExactly(entity.id());
        assertThat(workflows.list()).extracting(d -> d.definition().id()).containsExactly(workflow.id());
        assertThat(workflows.nameTaken("claim", null)).isFalse();
        assertThat(count("entity_drafts")).isEqualTo(1);
        assertThat(count("workflow_drafts")).isEqualTo(1);
    }

    /** Corrupts a stored column behind the store's back, as a faulty older version or a hand edit might. */
    private void overwrite(String column, String json, String id) {
        String sql = switch (column) {
            case "definition" -> "UPDATE entity_drafts SET definition = ? WHERE id = ?";
            case "published_snapshot" -> "UPDATE entity_drafts SET published_snapshot = ? WHERE id = ?";
            default -> throw new IllegalArgumentException(column);
        };
        db.write("corrupt " + column, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, json);
                update.setString(2, id);
                return update.executeUpdate();
            }
        });
    }

    private int count(String table) {
        String sql = switch (table) {
            case "entity_drafts" -> "SELECT COUNT(*) FROM entity_drafts";
            case "workflow_drafts" -> "SELECT COUNT(*) FROM workflow_drafts";
            default -> throw new IllegalArgumentException(table);
        };
        return db.read("count " + table, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
