package io.buildify.app.ui;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.main.MainViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.TestPublisher;
import io.buildify.app.util.FxTaskRunner;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/**
 * Base of the click-through tests on the main window connected to the JVM's {@link EmbeddedTestServer}: a draft
 * store in a temporary directory and a publisher for it, set before the subclass's own {@code @BeforeAll}, which
 * publishes what the class starts from and then calls {@link #showMainWindow()}; everything closed after the last
 * test. The "ada" of the publisher is who the server's history names.
 */
public abstract class ServerWindowTest {
    @TempDir
    protected static Path dir;
    protected static final WizardRobot robot = new WizardRobot();
    protected static ServerConnection server;
    protected static ProjectSession project;
    protected static TestPublisher publisher;
    protected static MainViewModel viewModel;
    protected static Scene scene;
    private static FxTaskRunner runner;
    private static DraftStore store;

    /** Named apart from the subclasses' own {@code @BeforeAll} methods, which would otherwise hide it. */
    @BeforeAll
    static void openProjectOnTheServer() {
        runner = new FxTaskRunner();
        server = EmbeddedTestServer.connection();
        store = TestProjects.openStore(dir);
        project = TestProjects.session(store);
        publisher = new TestPublisher(server, project, "ada");
    }

    /** The main window on the project as it is now, at the end of the subclass's {@code @BeforeAll}. */
    protected static void showMainWindow() throws TimeoutException {
        viewModel = new MainViewModel(project, server, runner);
        scene = MainWindowScene.show(viewModel);
    }

    /** Named apart from the subclasses' own {@code @AfterAll} methods, which would otherwise hide it. */
    @AfterAll
    static void closeWindowAndProject() throws TimeoutException {
        MainWindowScene.hide();
        runner.close();
        store.close();
    }
}
