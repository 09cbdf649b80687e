package io.buildify.app.ui;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.main.MainViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.FxTaskRunner;
import javafx.scene.Scene;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/**
 * The main window on a real H2 draft store in a temporary directory, with no server: everything but publishing
 * works offline, so the wizard's click-through tests need no PostgreSQL and start in well under a second.
 */
public final class OfflineWindow implements AutoCloseable {
    private final DraftStore store;
    private final ProjectSession project;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final ServerConnection server = new ServerConnection(runner);
    private final MainViewModel viewModel;
    private final Scene scene;

    private OfflineWindow(Path dir) throws TimeoutException {
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        viewModel = new MainViewModel(project, server, runner);
        scene = MainWindowScene.show(viewModel);
    }

    public static OfflineWindow open(Path dir) throws TimeoutException {
        return new OfflineWindow(dir);
    }

    public ProjectSession project() {
        return project;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public Scene scene() {
        return scene;
    }

    @Override
    public void close() throws TimeoutException {
        MainWindowScene.hide();
        server.close();
        runner.close();
        store.close();
    }
}
