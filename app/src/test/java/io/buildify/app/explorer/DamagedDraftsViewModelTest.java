package io.buildify.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.buildify.app.drafts.CorruptRows;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.projectfiles.FileFilter;
import io.buildify.app.projectfiles.ProjectFilesViewModel;
import io.buildify.app.workflow.WorkflowProject;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The damaged-drafts list on a real H2 file with two good drafts and one corrupt row; no FX toolkit needed. */
class DamagedDraftsViewModelTest {
    /** Broken JSON with accents, a tab and no final newline: a byte-exact export keeps all three. */
    private static final String STORED = "{\"id\": \"broken-1\", \"name\": \"ordre d\u00e9j\u00e0\",\t\"fields\": [";

    @TempDir
    Path dir;

    private DraftStore store;
    private ProjectSession entities;
    private WorkflowProject workflows;
    private DamagedDraftsViewModel viewModel;

    @BeforeEach
    void twoGoodDraftsAndOneCorruptRow() {
        store = DraftStore.open(dir.resolve("drafts"), "alice");
        store.entities().save(EntityDefinition.of("customer"));
        store.entities().save(EntityDefinition.of("invoice"));
        CorruptRows.insertEntity(store, "broken-1", "order", STORED);
        entities = new ProjectSession(store.entities());
        workflows = new WorkflowProject(store.workflows());
        viewModel = new DamagedDraftsViewModel(entities, workflows);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsTheDamagedDraftWithItsReasonBesideTheTwoGoodOnes() {
        assertThat(entities.list()).extracting(d -> d.definition().name()).containsExactly("customer", "invoice");
        assertThat(viewModel.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("entity 'order'");
            assertThat(item.reason()).startsWith("line 1, column ").contains("unexpected end of JSON");
        });
        DamagedDraftItem item = viewModel.items().get(0);
        assertThat(viewModel.openMessage(item)).contains("cannot be opened").contains(item.reason());
        assertThat(viewModel.suggestedFileName(item)).isEqualTo("order.damaged.json");
        assertThat(viewModel.exportFilters()).extracting(FileFilter::description)
                .containsExactly("JSON files (*.json)", "All files");
    }

    @Test
    void exportWritesTheStoredTextByteForByteAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out").resolve("order.damaged.json");

        viewModel.exportRaw(viewModel.items().get(0), target);

        assertThat(Files.readAllBytes(target)).isEqualTo(STORED.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.list(target.getParent())).containsExactly(target);
        assertThat(viewModel.items()).as("exporting keeps the draft").hasSize(1);
    }

    @Test
    void deleteRemovesTheRowKeepsTheRawTextInTheLogAndTheGoodDraftsUntouched() {
        List<EntityDraft> good = entities.list();

        viewModel.delete(viewModel.items().get(0));

        assertThat(viewModel.items()).as("refreshed after the delete").isEmpty();
        assertThat(store.entities().damaged()).isEmpty();
        assertThat(entities.list()).isEqualTo(good);
        assertThat(store.editLog().entries("broken-1")).singleElement().satisfies(entry -> {
            assertThat(entry.summary()).isEqualTo("deleted damaged entity 'order'");
            assertThat(entry.beforeJson()).isEqualTo(STORED);
        });
    }

    @Test
    void exportAfterTheDraftIsGoneIsRefusedByName() {
        DamagedDraftItem item = viewModel.items().get(0);
        entities.delete(item.id());

        assertThatThrownBy(() -> viewModel.exportRaw(item, dir.resolve("x.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the entity 'order' is no longer damaged or was deleted; nothing was exported");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void aDamagedWorkflowIsListedAfterTheEntitiesAndDeletedFromTheWorkflowDrafts() {
        WorkflowDefinition flow = WorkflowDefinition.of("approval", "customer");
        workflows.save(flow);
        store.inTransaction("break the workflow", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE workflow_drafts SET definition = 'null' WHERE id = ?")) {
                update.setString(1, flow.id());
                return update.executeUpdate();
            }
        });
        viewModel.refresh();
        assertThat(viewModel.items()).extracting(DamagedDraftItem::title, DamagedDraftItem::reason).containsExactly(
                tuple("entity 'order'", viewModel.items().get(0).reason()),
                tuple("workflow 'approval'", "it is JSON null"));

        viewModel.delete(viewModel.items().get(1));

        assertThat(viewModel.items()).extracting(DamagedDraftItem::title).containsExactly("entity 'order'");
        assertThat(store.editLog().entries(flow.id()).get(0).summary())
                .isEqualTo("deleted damaged workflow 'approval'");
    }

    @Test
    void aProjectExportSaysTheDamagedDraftWasLeftOut() {
        ProjectFilesViewModel files = new ProjectFilesViewModel(entities, workflows);

        assertThat(files.exportProject(dir.resolve("shop.buildify.json"))).isTrue();

        assertThat(files.messageProperty().get()).isEqualTo("Exported 2 entities and 0 workflows to"
                + " shop.buildify.json. 1 damaged draft was left out: see Damaged drafts below the explorer.");
    }
}
