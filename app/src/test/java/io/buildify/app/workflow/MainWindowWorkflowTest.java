package io.buildify.app.workflow;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.main.MainViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's workflow side, without FX: new, open, switch to an entity and back, undo routing. */
class MainWindowWorkflowTest {
    @TempDir
    Path dir;
    private DraftStore store;
    private ProjectSession project;
    private MainViewModel main;

    @BeforeEach
    void open() {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        project.save(EntityDefinition.of("expense_claim"));
        main = new MainViewModel(project, new WorkflowProject(store.workflows()),
                new ServerConnection(TaskRunner.direct()), TaskRunner.direct());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void newWorkflowIsSavedOnTheFirstEntityAndOpened() {
        WorkflowDefinition created = main.newWorkflow();

        assertThat(created.entityName()).isEqualTo("expense_claim");
        assertThat(store.workflows().find(created.id())).isPresent();
        assertThat(main.designerProperty().get().workflowId()).isEqualTo(created.id());
        assertThat(main.workflowList().items()).extracting(WorkflowListItem::name).containsExactly("new_workflow");
        assertThat(main.newWorkflow().name()).isEqualTo("new_workflow_2");
    }

    @Test
    void openingAnEntityClosesTheDesignerAndViceVersa() {
        WorkflowDefinition workflow = main.newWorkflow();
        main.explorer().select(project.list().get(0).definition().id());
        assertThat(main.designerProperty().get()).isNull();
        assertThat(main.wizardProperty().get()).isNotNull();

        main.workflowList().select(workflow.id());

        assertThat(main.wizardProperty().get()).isNull();
        assertThat(main.designerProperty().get().workflowId()).isEqualTo(workflow.id());
    }

    @Test
    void undoAndTheStatusBarFollowTheOpenWorkflow() {
        main.newWorkflow();
        WorkflowDesignerViewModel designer = main.designerProperty().get();
        designer.diagram().modeling().createNode(WorkflowNodeTypes.of(StateType.START), 0, 0);
        assertThat(main.canUndoProperty().get()).isTrue();
        assertThat(main.saveStatusProperty().get()).isEqualTo("All changes saved");

        main.undo();

        assertThat(designer.diagram().model().nodes()).isEmpty();
        assertThat(store.workflows().find(designer.workflowId()).orElseThrow().definition().states()).isEmpty();
        assertThat(main.canRedoProperty().get()).isTrue();
    }
}
