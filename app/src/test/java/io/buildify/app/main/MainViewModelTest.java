package io.buildify.app.main;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.EntityDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private MainViewModel main;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        main = new MainViewModel(project, new ServerConnection(TaskRunner.direct()), TaskRunner.direct());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void newEntityIsSavedSelectedAndOpened() {
        EntityDefinition created = main.newEntity();

        assertThat(project.find(created.id())).isPresent();
        assertThat(main.explorer().selectedEntityId()).hasValue(created.id());
        assertThat(main.wizardProperty().get().document().entityId()).isEqualTo(created.id());
    }

    @Test
    void secondNewEntityGetsAFreeName() {
        main.newEntity();

        assertThat(main.newEntity().name()).isEqualTo("new_entity_2");
    }

    @Test
    void saveStatusShowsPendingEdits() {
        main.newEntity();
        assertThat(main.saveStatusProperty().get()).isEqualTo("All changes saved");

        main.wizardProperty().get().basicInfo().labelProperty().set("Thing");
        assertThat(main.saveStatusProperty().get()).isEqualTo("Saving…");
        assertThat(main.canUndoProperty().get()).isTrue();

        main.commit();
        assertThat(main.saveStatusProperty().get()).isEqualTo("All changes saved");
    }

    @Test
    void selectingAnotherEntitySavesTheOpenOneAndOpensTheOther() {
        EntityDefinition first = main.newEntity();
        EntityDefinition second = main.newEntity();
        main.wizardProperty().get().basicInfo().labelProperty().set("Second thing");

        main.explorer().select(first.id());

        assertThat(main.wizardProperty().get().document().entityId()).isEqualTo(first.id());
        assertThat(project.find(second.id()).orElseThrow().definition().label()).isEqualTo("Second thing");
    }

    @Test
    void toolbarUndoRevertsTheLastSavedChange() {
        main.newEntity();
        main.wizardProperty().get().basicInfo().softDeleteProperty().set(true);

        main.undo();

        assertThat(main.wizardProperty().get().basicInfo().softDeleteProperty().get()).isFalse();
        assertThat(main.canRedoProperty().get()).isTrue();
    }

    @Test
    void duplicateCopiesTheSelectedEntityUnderAFreeNameAndOpensIt() {
        EntityDefinition original = main.newEntity();

        EntityDefinition copy = main.duplicateSelected().orElseThrow();

        assertThat(copy.name()).isEqualTo("new_entity_copy");
        assertThat(project.find(copy.id())).isPresent();
        assertThat(project.find(original.id())).isPresent();
        assertThat(main.wizardProperty().get().document().entityId()).isEqualTo(copy.id());
    }

    @Test
    void historyOfTheSelectedEntityIsOfferedOnlyWhenOneIsSelected() {
        assertThat(main.historyOfSelected()).isEmpty();
        EntityDefinition created = main.newEntity();

        var history = main.historyOfSelected().orElseThrow();

        assertThat(history.entityName()).isEqualTo(created.name());
        history.dispose();
    }

    @Test
    void deletingADraftRemovesItAndClosesItsWizard() {
        EntityDefinition created = main.newEntity();

        assertThat(main.archiving().isPublished(created.id())).isFalse();
        assertThat(main.deleteSelected()).isTrue();

        assertThat(project.find(created.id())).isEmpty();
        assertThat(main.wizardProperty().get()).isNull();
    }

    @Test
    void publishedEntityIsNotDeletedButArchivedWhichNeedsTheServer() {
        EntityDefinition created = main.newEntity();
        project.markPublished(created.id(), 1, created);

        assertThat(main.archiving().isPublished(created.id())).isTrue();
        assertThat(main.archiving().propose(created.id())).isEmpty();
        assertThat(main.archiving().messageProperty().get()).contains("needs the server");
        assertThat(main.deleteSelected()).isFalse();
        assertThat(project.find(created.id())).isPresent();
    }
}
