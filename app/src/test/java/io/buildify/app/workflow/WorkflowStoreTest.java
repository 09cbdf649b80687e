package io.buildify.app.workflow;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.WorkflowDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/**
 * Base of the designer's ViewModel tests without the FX toolkit: a real H2 draft store in this test's own folder,
 * opened before and closed after each test, and designers on it that know the entity expense_claim.
 */
abstract class WorkflowStoreTest {
    @TempDir
    Path dir;
    DraftStore store;
    WorkflowProject project;

    @BeforeEach
    void openStore() {
        store = TestProjects.openStore(dir);
        project = new WorkflowProject(store.workflows());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Saves the workflow as a draft and opens the designer on it (tasks run directly, no server). */
    WorkflowDesignerViewModel designer(WorkflowDefinition workflow) {
        project.save(workflow);
        return new WorkflowDesignerViewModel(project, workflow,
                () -> List.of(WorkflowDesignerViewModelTest.expenseClaim()),
                new ServerConnection(TaskRunner.direct()), TaskRunner.direct());
    }
}
