package io.buildify.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real H2 file in a temporary folder. */
class DraftStoreTest {
    private static final Instant START = Instant.parse("2026-11-22T10:15:30.123456Z");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(START);
    private Path dbFile;
    private DraftStore store;

    @BeforeEach
    void openStore() {
        dbFile = dir.resolve("drafts").resolve("drafts");
        store = DraftStore.open(dbFile, clock, "alice");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void savedEntityComesBackEqualWithAllItsParts() {
        EntityDefinition customer = SampleEntities.customer();

        store.entities().save(customer);

        EntityDraft draft = store.entities().find(customer.id()).orElseThrow();
        assertThat(draft.definition()).isEqualTo(customer);
        assertThat(draft.definition().fields()).extracting(FieldDefinition::type).containsExactly(FieldType.STRING,
                FieldType.EMAIL, FieldType.DECIMAL, FieldType.SINGLE_SELECT, FieldType.BOOLEAN, FieldType.DATETIME,
                FieldType.LOOKUP);
        assertThat(draft.definition().fieldNamed("credit_limit").orElseThrow().minValue()).hasToString("0.00");
        assertThat(draft.baseVersion()).isZero();
        assertThat(draft.publishedSnapshot()).isNull();
        assertThat(draft.updatedAt()).isEqualTo(START);
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(Files.exists(dir.resolve("drafts").resolve("drafts.mv.db"))).isTrue();
    }

    @Test
    void findOfUnknownIdIsEmpty() {
        assertThat(store.entities().find("no-such-id")).isEmpty();
    }

    @Test
    void listIsSortedByNameIgnoringCase() {
        store.entities().save(SampleEntities.named("invoice"));
        store.entities().save(SampleEntities.named("Account"));
        store.entities().save(SampleEntities.named("contact"));

        assertThat(store.entities().list()).extracting(d -> d.definition().name())
                .containsExactly("Account", "contact", "invoice");
    }

    @Test
    void saveOfAnExistingDraftReplacesItsDefinitionAndUpdatesTheTime() {
        EntityDefinition customer = SampleEntities.customer();
        store.entities().save(customer);
        clock.advance(Duration.ofMinutes(5));

        EntityDefinition edited = customer.withLabel("Client").withFieldRemoved(customer.fields().get(0).id());
        store.entities().save(edited);

        EntityDraft draft = store.entities().find(customer.id()).orElseThrow();
        assertThat(draft.definition()).isEqualTo(edited);
        assertThat(draft.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(store.entities().list()).hasSize(1);
    }

    @Test
    void statusMovesFromDraftToPublishedToChangedAndBack() {
        EntityDefinition customer = SampleEntities.customer();
        store.entities().save(customer);
        assertThat(store.entities().find(customer.id()).orElseThrow().status()).isEqualTo(DraftStatus.DRAFT);

        store.entities().markPublished(customer.id(), 1, customer);
        EntityDraft published = store.entities().find(customer.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(published.baseVersion()).isEqualTo(1);
        assertThat(published.publishedSnapshot()).isEqualTo(customer);

        EntityDefinition edited = customer.withDescription("changed after publishing");
        store.entities().save(edited);
        EntityDraft changed = store.entities().find(customer.id()).orElseThrow();
        assertThat(changed.status()).isEqualTo(DraftStatus.CHANGED);
        assertThat(changed.baseVersion()).as("save keeps the base version").isEqualTo(1);
        assertThat(changed.publishedSnapshot()).as("save keeps the snapshot").isEqualTo(customer);

        store.entities().markPublished(customer.id(), 2, edited);
        EntityDraft republished = store.entities().find(customer.id()).orElseThrow();
        assertThat(republished.status()).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(republished.baseVersion()).isEqualTo(2);
    }

    @Test
    void markPublishedKeepsEditsMadeSinceThePublishedSnapshot() {
        EntityDefinition published = SampleEntities.named("invoice");
        EntityDefinition editedMeanwhile = published.withLabel("Bill");
        store.entities().save(editedMeanwhile);

        store.entities().markPublished(published.id(), 1, published);

        EntityDraft draft = store.entities().find(published.id()).orElseThrow();
        assertThat(draft.definition()).isEqualTo(editedMeanwhile);
        assertThat(draft.status()).isEqualTo(DraftStatus.CHANGED);
    }

    @Test
    void markPublishedOfAnUnknownEntityCreatesAPublishedDraft() {
        EntityDefinition fromServer = SampleEntities.named("employee");

        store.entities().markPublished(fromServer.id(), 3, fromServer);

        EntityDraft draft = store.entities().find(fromServer.id()).orElseThrow();
        assertThat(draft.definition()).isEqualTo(fromServer);
        assertThat(draft.baseVersion()).isEqualTo(3);
        assertThat(draft.status()).isEqualTo(DraftStatus.PUBLISHED);
    }

    @Test
    void markPublishedRefusesASnapshotOfAnotherEntityOrVersionZero() {
        EntityDefinition invoice = SampleEntities.named("invoice");
        store.entities().save(invoice);

        assertThatThrownBy(() -> store.entities().markPublished("other-id", 1, invoice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not other-id");
        assertThatThrownBy(() -> store.entities().markPublished(invoice.id(), 0, invoice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts at 1");
        assertThat(store.entities().find(invoice.id()).orElseThrow().status()).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void deleteRemovesTheDraftAndKeepsItsHistory() {
        EntityDefinition invoice = SampleEntities.named("invoice");
        store.entities().save(invoice);

        store.entities().delete(invoice.id());
        store.entities().delete(invoice.id()); // a second delete does nothing

        assertThat(store.entities().find(invoice.id())).isEmpty();
        assertThat(store.entities().list()).isEmpty();
        List<EditLogEntry> log = store.editLog().entries(invoice.id());
        assertThat(log).extracting(EditLogEntry::summary)
                .containsExactly("deleted entity 'invoice'", "created entity 'invoice'");
        assertThat(log.get(0).afterJson()).isNull();
        assertThat(log.get(0).beforeJson()).contains("\"name\":\"invoice\"");
    }

    @Test
    void nameTakenIgnoresCaseAndTheEntityBeingEdited() {
        EntityDefinition customer = SampleEntities.customer();
        store.entities().save(customer);

        assertThat(store.entities().nameTaken("customer", null)).isTrue();
        assertThat(store.entities().nameTaken("Customer", "some-other-entity")).isTrue();
        assertThat(store.entities().nameTaken("customer", customer.id())).isFalse();
        assertThat(store.entities().nameTaken("supplier", null)).isFalse();
        assertThat(store.entities().nameTaken("  ", null)).isFalse();
    }

    @Test
    void everyChangeWritesOneEditLogRowWithBeforeAndAfter() {
        EntityDefinition customer = SampleEntities.customer();
        store.entities().save(customer);
        clock.advance(Duration.ofSeconds(1));
        EntityDefinition renamed = customer.withName("client")
                .withFieldAdded(FieldDefinition.of("vat_number", FieldType.STRING));
        store.entities().save(renamed);
        store.entities().save(renamed); // identical: no row
        clock.advance(Duration.ofSeconds(1));
        store.entities().markPublished(customer.id(), 1, renamed);

        List<EditLogEntry> log = store.editLog().entries(customer.id());

        assertThat(log).extracting(EditLogEntry::summary).containsExactly(
                "published 'client' as v1",
                "renamed entity 'customer' to 'client'; added field 'vat_number'",
                "created entity 'customer'");
        assertThat(log).extracting(EditLogEntry::at).containsExactly(
                START.plusSeconds(2), START.plusSeconds(1), START);
        assertThat(log).extracting(EditLogEntry::author).containsOnly("alice");
        assertThat(log).extracting(EditLogEntry::entityId).containsOnly(customer.id());
        assertThat(log.get(2).beforeJson()).isNull();
        assertThat(DefinitionJson.read(log.get(2).afterJson(), "after")).isEqualTo(customer);
        assertThat(DefinitionJson.read(log.get(1).beforeJson(), "before")).isEqualTo(customer);
        assertThat(DefinitionJson.read(log.get(1).afterJson(), "after")).isEqualTo(renamed);
        assertThat(log.get(0).beforeJson()).as("no earlier published snapshot").isNull();
        assertThat(log.get(0).sequence()).isGreaterThan(log.get(1).sequence());
    }

    @Test
    void draftsAndLogAreThereAfterReopening() {
        EntityDefinition customer = SampleEntities.customer();
        store.entities().save(customer);
        store.entities().markPublished(customer.id(), 4, customer);
        store.close();

        store = DraftStore.open(dbFile, clock, "alice");

        EntityDraft draft = store.entities().find(customer.id()).orElseThrow();
        assertThat(draft.definition()).isEqualTo(customer);
        assertThat(draft.baseVersion()).isEqualTo(4);
        assertThat(draft.status()).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(store.editLog().entries(customer.id())).hasSize(2);
    }

    @Test
    void flywayHistoryRecordsTheSchemaVersion() throws Exception {
        store.close();
        List<String> applied = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(DraftStore.urlOf(dbFile), "designer", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"script\", \"success\" FROM \"flyway_schema_history\""
                             + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                applied.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBoolean(3));
            }
        }
        // Other features add their own scripts (V10 workflow drafts, V20 publish queue): all applied, V1 first.
        assertThat(applied).first().isEqualTo("1 V1__drafts.sql true");
        assertThat(applied).allMatch(row -> row.endsWith(" true")).contains("20 V20__publish_queue.sql true");
        store = DraftStore.open(dbFile, clock, "alice"); // reopening applies nothing twice
    }

    @Test
    void secondOpenWhileOpenFailsWithAClearMessageAndWorksAfterClose() {
        EntityDefinition invoice = SampleEntities.named("invoice");
        store.entities().save(invoice);

        assertThatThrownBy(() -> DraftStore.open(dbFile))
                .isInstanceOf(DraftsInUseException.class)
                .hasMessageContaining("drafts are open in another Buildify Designer window");
        assertThat(store.entities().find(invoice.id())).as("the first store still works").isPresent();

        store.close();
        store = DraftStore.open(dbFile);
        assertThat(store.entities().find(invoice.id())).isPresent();
    }

    @Test
    void aClosedStoreRefusesWork() {
        store.close();

        assertThatThrownBy(() -> store.entities().list())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        store = DraftStore.open(dbFile, clock, "alice");
    }

    @Test
    void theH2FileNameMayBeGivenWithItsExtension() {
        store.close();

        store = DraftStore.open(dir.resolve("drafts").resolve("drafts.mv.db"), clock, "alice");

        assertThat(store.dbFile()).isEqualTo(dbFile.toAbsolutePath());
        assertThat(dir.resolve("drafts").resolve("drafts.mv.db.mv.db")).doesNotExist();
    }
}
