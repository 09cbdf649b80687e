package io.buildify.app.workflow;

import io.buildify.app.publishqueue.PublishKind;
import io.buildify.app.publishqueue.PublishState;
import io.buildify.app.publishqueue.QueuedPublish;
import io.buildify.app.publishqueue.QueuedWorkflows;
import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.WizardRobot;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.WorkflowDefinition;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.buildify.app.workflow.DesignerGestures.fx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow designer's Publish with the server unreachable, headless through the UI: the publish is queued (the
 * designer says so, in words), and the pending-publishes window lists it as a workflow, next to an entity publish.
 */
class WorkflowOfflinePublishUiTest {
    @TempDir
    Path dir;
    private WorkflowWindow window;
    private final WizardRobot robot = new WizardRobot();

    @AfterEach
    void close() throws Exception {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        if (window != null) {
            window.close();
        }
    }

    @Test
    void publishingAWorkflowOfflineQueuesItAndThePendingViewListsIt() throws Exception {
        window = WorkflowWindow.openWithPublishQueue(dir, closedPort());
        EntityDefinition claim = EntityDefinition.of("expense_claim")
                .withFields(List.of(FieldDefinition.of("amount", FieldType.DECIMAL)));
        WorkflowDefinition flow = QueuedWorkflows.twoStates("expense_flow", "expense_claim");
        fx(() -> {
            window.project().save(claim);
            window.store().workflows().save(flow);
            window.viewModel().workflowList().refresh();
            window.viewModel().workflowList().select(flow.id());
        });
        assertThat(window.viewModel().designerProperty().get().workflowId()).isEqualTo(flow.id());

        robot.clickOn("#publishWorkflowButton");

        Labeled outcome = robot.lookup("#publishOutcome").queryLabeled();
        assertThat(outcome.getText()).isEqualTo("Queued: workflow 'expense_flow' will be sent when the server is "
                + "back (1 pending). See Pending publishes.");
        assertThat(outcome.getPseudoClassStates()).noneMatch(state -> state.getPseudoClassName().equals("failed"));
        assertThat(window.store().workflows().find(flow.id()).orElseThrow().baseVersion())
                .as("nothing published yet").isZero();
        Screenshots.write(window.scene(), "workflow-publish-queued.png");
        // The status bar's indicator (like the toolbar's "Pending publishes" button) counts it and opens the window.
        Labeled indicator = robot.lookup("#publishQueueStatus").queryLabeled();
        assertThat(indicator.getText()).isEqualTo("Offline · 1 pending");

        robot.clickOn(indicator);
        Window pendingWindow = robot.window("Pending publishes");
        Scene scene = pendingWindow.getScene();
        @SuppressWarnings("unchecked")
        TableView<QueuedPublish> table = (TableView<QueuedPublish>) scene.lookup("#pendingPublishesTable");
        assertThat(table.getItems()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(PublishKind.WORKFLOW);
            assertThat(item.name()).isEqualTo("expense_flow");
            assertThat(item.toWorkflowRequest().workflow()).isEqualTo(flow);
        });
        assertThat(robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("Workflow", "expense_flow");
        Screenshots.write(scene, "pending-publishes-workflow.png");

        // Cancel works for a workflow entry like for an entity one; the draft stays. The sender's first attempt
        // (refused at once) must be over: an entry on its way cannot be cancelled.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).attempts() >= 1 && table.getItems().get(0).state() == PublishState.QUEUED);
        fx(() -> table.getSelectionModel().select(0));
        robot.clickOn("#cancelPublishButton");
        assertThat(table.getItems()).isEmpty();
        assertThat(window.publishing().orElseThrow().queue().list()).isEmpty();
        assertThat(window.store().workflows().find(flow.id()).orElseThrow().definition()).isEqualTo(flow);
        fx(pendingWindow::hide);
    }

    /** A loopback address nothing listens on: the server is "unreachable". */
    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
