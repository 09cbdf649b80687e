package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.Theme;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static io.buildify.app.publishqueue.QueueServerTest.entity;
import static io.buildify.app.publishqueue.QueueServerTest.request;
import static org.assertj.core.api.Assertions.assertThat;

/** The pending-publishes window, rendered headless on a real queue with an entry in each end state. */
class PendingPublishesViewTest {
    @TempDir
    Path dir;
    private DraftStore store;

    @AfterEach
    void closeStore() throws Exception {
        FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void eachEntryShowsItsStateAndOnlyConflictsAndFailuresCanBeRetried() throws Exception {
        store = TestProjects.openStore(dir);
        PublishQueue queue = new PublishQueue(store);
        EntityDefinition customer = entity("customer");
        EntityDefinition invoice = entity("invoice");
        EntityDefinition product = entity("product");
        EntityDefinition shipment = entity("shipment");
        queue.markPublished(queue.enqueue(customer.id(), request(customer, 0)).seq(), 1, "Published as version 1");
        QueuedPublish conflict = queue.enqueue(invoice.id(), request(invoice, 2));
        queue.markConflict(conflict.seq(), "Someone published this entity in the meantime: the queued publish is "
                + "based on version 2, the server has version 3. Nothing was overwritten.");
        queue.markFailed(queue.enqueue(product.id(), request(product, 0)).seq(),
                "The server refused product: field 'price': precision must be 1..1000");
        queue.enqueue(shipment.id(), request(shipment, 0));
        queue.requeue(queue.takeNext().orElseThrow().seq(),
                "Server at http://127.0.0.1:8080 is unreachable: Connection refused");
        WorkflowDefinition approval = QueuedWorkflows.twoStates("invoice_approval", "invoice");
        queue.markFailed(queue.enqueueWorkflow(approval.id(), QueuedWorkflows.request(approval, 0)).seq(),
                "The server refused the workflow: State 'review' names no approver role");
        WorkflowDefinition delivery = QueuedWorkflows.twoStates("shipment_delivery", "shipment");
        queue.enqueueWorkflow(delivery.id(), QueuedWorkflows.request(delivery, 0));
        PendingPublishesViewModel viewModel = new PendingPublishesViewModel(queue,
                new ServerConnection(TaskRunner.direct()), () -> { }, Runnable::run);

        FxToolkit.registerPrimaryStage();
        Theme.applyUserAgentStylesheet();
        Scene scene = FxToolkit.setupFixture(() -> PendingPublishesWindow.show(viewModel, null).getScene());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<QueuedPublish> table = (TableView<QueuedPublish>) scene.lookup("#pendingPublishesTable");
        assertThat(table.getItems()).extracting(QueuedPublish::state).containsExactly(PublishState.PUBLISHED,
                PublishState.CONFLICT, PublishState.FAILED, PublishState.QUEUED, PublishState.FAILED,
                PublishState.QUEUED);
        assertThat(table.getItems()).extracting(QueuedPublish::kind).containsExactly(PublishKind.ENTITY,
                PublishKind.ENTITY, PublishKind.ENTITY, PublishKind.ENTITY, PublishKind.WORKFLOW, PublishKind.WORKFLOW);
        assertThat(cellTexts(table)).contains("Entity", "Workflow", "invoice_approval", "shipment_delivery");
        assertThat(((Label) scene.lookup("#pendingPublishesConnection")).getText()).startsWith("Server unreachable");
        Button retry = (Button) scene.lookup("#retryPublishButton");
        Button cancel = (Button) scene.lookup("#cancelPublishButton");
        Button clear = (Button) scene.lookup("#clearPublishedButton");
        assertThat(clear.isDisabled()).isFalse();

        select(table, 0);
        assertThat(retry.isDisabled()).isTrue();
        assertThat(cancel.isDisabled()).isTrue();
        select(table, 1);
        assertThat(retry.isDisabled()).isFalse();
        assertThat(cancel.isDisabled()).isFalse();
        select(table, 3);
        assertThat(retry.isDisabled()).isTrue();
        assertThat(cancel.isDisabled()).isFalse();
        select(table, 4); // a failed workflow publish: retry and cancel like an entity one
        assertThat(retry.isDisabled()).isFalse();
        assertThat(cancel.isDisabled()).isFalse();

        table.getSelectionModel().clearSelection();
        Screenshots.write(scene, "pending-publishes.png");

        FxToolkit.setupFixture(() -> viewModel.retry(table.getItems().get(1)));
        assertThat(table.getItems().get(1).state()).isEqualTo(PublishState.QUEUED);
        assertThat(viewModel.pendingCountProperty().get()).isEqualTo(3);
        FxToolkit.setupFixture(() -> viewModel.retry(table.getItems().get(4)));
        assertThat(table.getItems().get(4).state()).isEqualTo(PublishState.QUEUED);
        FxToolkit.setupFixture(() -> viewModel.cancel(table.getItems().get(5)));
        assertThat(table.getItems()).extracting(QueuedPublish::name).doesNotContain("shipment_delivery");
        assertThat(viewModel.pendingCountProperty().get()).isEqualTo(3);
    }

    private static List<String> cellTexts(TableView<QueuedPublish> table) {
        return table.lookupAll(".table-cell").stream().map(cell -> ((Labeled) cell).getText()).toList();
    }

    private static void select(TableView<QueuedPublish> table, int row) throws Exception {
        FxToolkit.setupFixture(() -> table.getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
