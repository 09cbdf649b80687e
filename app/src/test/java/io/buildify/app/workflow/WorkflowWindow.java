package io.buildify.app.workflow;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.main.MainView;
import io.buildify.app.main.MainViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.publishqueue.Backoff;
import io.buildify.app.publishqueue.OfflinePublishing;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.ui.Theme;
import io.buildify.app.util.FxTaskRunner;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The main window with entity and workflow drafts on a real H2 store in a test folder, and no server (drawing,
 * validating and simulating work offline). Closing it closes the store, so a second {@link #open} on the same folder
 * is "reopening the app". {@link #openWithPublishQueue} adds the app's publish queue, with the server unreachable.
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
    private final OfflinePublishing publishing;

    private WorkflowWindow(Path dir, URI unreachableServer) throws TimeoutException {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        viewModel = new MainViewModel(project, new WorkflowProject(store.workflows()), server, runner);
        if (unreachableServer == null) {
            publishing = null;
        } else {
            server.connect(unreachableServer);
            // One attempt, then a long wait: the entries stay "queued" while the test looks at them.
            Backoff slow = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1));
            publishing = new OfflinePublishing(store, server, slow, Platform::runLater);
            publishing.start();
            viewModel.setPendingPublishes(publishing.viewModel());
        }
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
        return new WorkflowWindow(dir, null);
    }

    /** The window with the app's publish queue, connected to {@code unreachableServer} (a closed port). */
    static WorkflowWindow openWithPublishQueue(Path dir, URI unreachableServer) throws TimeoutException {
        return new WorkflowWindow(dir, unreachableServer);
    }

    Optional<OfflinePublishing> publishing() {
        return Optional.ofNullable(publishing);
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
        if (publishing != null) {
            publishing.close();
        }
        server.close();
        runner.close();
        store.close();
    }
}
