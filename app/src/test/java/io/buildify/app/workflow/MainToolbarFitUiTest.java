package io.buildify.app.workflow;

import io.buildify.app.audit.AuditTrail;
import io.buildify.app.main.MainView;
import io.buildify.app.publishqueue.QueuedWorkflows;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.ui.Screenshots;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.WorkflowDefinition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.buildify.app.workflow.DesignerGestures.fx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main toolbar with everything the app adds to it (workflows, settings, audit trail, pending publishes) at
 * 1280 px: no item is pushed into the toolbar's overflow menu, where a user would hardly find it.
 */
class MainToolbarFitUiTest {
    @TempDir
    Path dir;
    private WorkflowWindow window;
    private ServerConnection auditServer;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        if (auditServer != null) {
            auditServer.close();
        }
    }

    @Test
    void everyToolbarItemIsVisibleAt1280PixelsWithTheWorkflowButtonsShown() throws Exception {
        window = WorkflowWindow.openWithPublishQueue(dir, closedPort());
        auditServer = new ServerConnection(TaskRunner.direct());
        AuditTrail trail = new AuditTrail(window.store().editLog(), AuditTrail.definitionsOf(window.project(),
                new WorkflowProject(window.store().workflows())), auditServer, TaskRunner.direct());
        MainView view = (MainView) window.scene().getRoot();
        fx(() -> {
            view.setSettings(() -> {
                throw new AssertionError("not opened in this test");
            });
            view.setAuditTrail(trail);
        });
        // One queued publish: the button's text grows to "Pending publishes (1)".
        WorkflowDefinition flow = QueuedWorkflows.twoStates("expense_flow", "expense_claim");
        fx(() -> window.publishing().orElseThrow().enqueueWorkflow(flow.id(), QueuedWorkflows.request(flow, 0)));
        ToolBar bar = (ToolBar) view.getTop();
        // Looked up in the items, not the scene: an overflowed button is not in the scene graph.
        Labeled pending = (Labeled) bar.getItems().stream()
                .filter(item -> "pendingPublishesButton".equals(item.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pending.getText().equals("Pending publishes (1)"));
        WaitForAsyncUtils.waitForFxEvents();

        Screenshots.write(window.scene(), "main-toolbar-1280.png");
        assertThat(window.scene().getWidth()).isEqualTo(WorkflowWindow.WIDTH);
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        assertThat(overflow == null || !overflow.isVisible()).as("the toolbar's overflow button shows").isTrue();
        for (Node item : bar.getItems()) {
            if (!item.isManaged()) {
                continue;
            }
            assertThat(isShownIn(item, bar)).as("%s is in the toolbar, not its overflow menu", name(item)).isTrue();
            Bounds bounds = item.localToScene(item.getBoundsInLocal());
            assertThat(bounds.getMaxX()).as("right edge of %s", name(item)).isLessThanOrEqualTo(WorkflowWindow.WIDTH);
        }
        assertThat(robot.lookup("#pendingPublishesButton").queryLabeled()).isSameAs(pending);
    }

    /** An overflowed item is taken out of the toolbar's row (it lives in the overflow menu while it does not fit). */
    private static boolean isShownIn(Node item, ToolBar bar) {
        if (!item.isVisible()) {
            return false;
        }
        for (Node parent = item.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == bar) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node item) {
        String text = item instanceof Labeled labeled ? labeled.getText() : "";
        return item.getId() != null ? "#" + item.getId() : item.getClass().getSimpleName() + " '" + text + "'";
    }

    /** A loopback address nothing listens on: the server is "unreachable". */
    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
