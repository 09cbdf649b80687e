package io.buildify.app.workflow;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.main.MainView;
import io.buildify.app.main.MainViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.ui.Theme;
import io.buildify.app.util.FxTaskRunner;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/**
 * The main window with entity and workflow drafts on a real H2 store in a test folder, and no server (drawing,
 * validating and simulating work offline). Closing it closes the store, so a second {@link #open} on the same folder
 * is "reopening the app".
 */
final class WorkflowWindow implements AutoCloseable {
    /** Monocle's headless screen is 1280×800; a bigger window fails to render. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final DraftStore store;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final ServerConnection server = new ServerConnection(runner);
    private final ProjectSession project;
    private final MainViewModel viewModel;
    private final Scene scene;

    private WorkflowWindow(Path dir) throws TimeoutException {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        viewModel = new MainViewModel(project, new WorkflowProject(store.workflows()), server, runner);
        FxToolkit.registerPrimaryStage();
        Theme.applyUserAgentStylesheet();
        scene = FxToolkit.setupFixture(() -> {
            Scene created = new Scene(new MainView(viewModel), WIDTH, HEIGHT);
            created.getStylesheets().add(Theme.appStylesheet());
            return created;
        });
        FxToolkit.setupStage(stage -> {
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            ((MainView) scene.getRoot()).installAccelerators();
            stage.show();
            stage.toFront();
        });
    }

    static WorkflowWindow open(Path dir) throws TimeoutException {
        return new WorkflowWindow(dir);
    }

    ProjectSession project() {
        return project;
    }

    MainViewModel viewModel() {
        return viewModel;
    }

    DraftStore store() {
        return store;
    }

    Scene scene() {
        return scene;
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.setupStage(stage -> stage.hide());
        server.close();
        runner.close();
        store.close();
    }
}
