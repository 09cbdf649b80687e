package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.core.model.EntityDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EntityDocumentTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private EntityDocument document;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        EntityDefinition customer = EntityDefinition.of("customer");
        project.save(customer);
        document = new EntityDocument(project, customer);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String storedLabel() {
        return project.find(document.entityId()).orElseThrow().definition().label();
    }

    @Test
    void editIsNotSavedUntilCommitted() {
        document.edit(d -> d.withLabel("Client"));

        assertThat(storedLabel()).isEqualTo("Customer");
        assertThat(document.dirtyProperty().get()).isTrue();
    }

    @Test
    void commitSavesTheLiveDefinition() {
        document.edit(d -> d.withLabel("Client"));
        document.commit();

        assertThat(storedLabel()).isEqualTo("Client");
        assertThat(document.dirtyProperty().get()).isFalse();
    }

    @Test
    void undoRestoresAndSavesThePreviousDefinition() {
        document.editAndCommit(d -> d.withLabel("Client"));

        document.undo();

        assertThat(document.definition().label()).isEqualTo("Customer");
        assertThat(storedLabel()).isEqualTo("Customer");
        assertThat(document.canRedoProperty().get()).isTrue();
    }

    @Test
    void redoReappliesTheUndoneChange() {
        document.editAndCommit(d -> d.withLabel("Client"));
        document.undo();

        document.redo();

        assertThat(storedLabel()).isEqualTo("Client");
        assertThat(document.canRedoProperty().get()).isFalse();
    }

    @Test
    void undoFirstCommitsAPendingEditThenRevertsIt() {
        document.edit(d -> d.withLabel("Client"));

        document.undo();

        assertThat(storedLabel()).isEqualTo("Customer");
        assertThat(document.canRedoProperty().get()).isTrue();
    }

    @Test
    void reservedWordAsNameIsAnErrorAtPathName() {
        document.edit(d -> d.withName("select"));

        assertThat(document.problemAt("name")).hasValueSatisfying(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("reserved");
        });
    }

    @Test
    void nameOfAnotherDraftIsAnError() {
        project.save(EntityDefinition.of("order_line"));

        document.edit(d -> d.withName("order_line"));

        assertThat(document.problemAt("name")).hasValueSatisfying(
                p -> assertThat(p.message()).contains("already exists"));
    }

    /** Regression: a panel reacting to the project revision used to commit again in the middle of a save. */
    @Test
    void commitFromAListenerDuringASaveDoesNotDoubleTheUndoHistory() {
        project.revisionProperty().addListener((obs, old, now) -> document.commit());
        document.edit(d -> d.withLabel("Client"));
        document.commit();

        document.revertToOpened();
        assertThat(storedLabel()).isEqualTo("Customer");
        document.undo();

        assertThat(storedLabel()).isEqualTo("Client");
        assertThat(document.definition().label()).isEqualTo("Client");
    }
}
