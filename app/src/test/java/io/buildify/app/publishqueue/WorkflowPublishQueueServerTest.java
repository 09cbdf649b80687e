package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.drafts.WorkflowDraft;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.client.BuildifyClient;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.buildify.app.publishqueue.QueuedWorkflows.relabelled;
import static io.buildify.app.publishqueue.QueuedWorkflows.twoStates;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workflow publishes in the queue against the real server (embedded PostgreSQL on a fixed loopback port) and a real
 * H2 store, mixed with entity publishes. The first test runs while that port is closed and starts the server half
 * way; the others reuse it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowPublishQueueServerTest extends QueueServerTest {
    @Test
    @Order(1)
    void workflowQueuedWhileDownSurvivesARestartAndIsAppliedOnceAfterItsEntity() throws Exception {
        assertThat(server).as("this test starts the server itself").isNull();
        EntityDefinition ticket = entity("wq_ticket");
        WorkflowDefinition flow = twoStates("wq_ticket_flow", "wq_ticket");
        PublishRequest entityRequest = request(ticket, 0);
        WorkflowPublishRequest workflowRequest = QueuedWorkflows.request(flow, 0);

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.entities().save(ticket);
            store.workflows().save(flow);
            ServerConnection down = connection();
            assertThat(down.stateProperty().get()).isEqualTo(ServerState.FAILED);
            try (OfflinePublishing publishing = new OfflinePublishing(store, down, FAST, Runnable::run)) {
                publishing.start();
                down.offlinePublishes().orElseThrow().enqueue(ticket.id(), entityRequest);
                String receipt = down.offlinePublishes().orElseThrow().enqueueWorkflow(flow.id(), workflowRequest);

                assertThat(receipt).contains("workflow 'wq_ticket_flow'").contains("will be sent when the server is "
                        + "back").contains("2 pending");
                awaitTrue(() -> publishing.queue().list().get(0).attempts() >= 2, "two attempts while down");
                assertThat(publishing.queue().list()).extracting(QueuedPublish::kind)
                        .containsExactly(PublishKind.ENTITY, PublishKind.WORKFLOW);
                assertThat(publishing.queue().list().get(1).attempts()).as("waits behind the entity").isZero();
            }
            down.close();
        } // the app stops here: the queue only lives in the H2 file

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            withPublishing(store, publishing -> {
                publishing.start();
                assertThat(publishing.queue().pendingCount()).isEqualTo(2);
                QueuedPublish reread = publishing.queue().list().get(1);
                assertThat(reread.toWorkflowRequest()).isEqualTo(workflowRequest);

                startServer();
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the queue drained");

                // Sent before its entity, the workflow would have been refused ("not been published").
                assertThat(publishing.queue().list()).allSatisfy(item -> {
                    assertThat(item.state()).as(item.message()).isEqualTo(PublishState.PUBLISHED);
                    assertThat(item.publishedVersion()).isEqualTo(1);
                });
                WorkflowDraft draft = store.workflows().find(flow.id()).orElseThrow();
                assertThat(draft.baseVersion()).isEqualTo(1);
                assertThat(draft.publishedSnapshot()).isEqualTo(flow);
                assertThat(rowsForRequest("workflow_definition", workflowRequest.requestId())).isEqualTo(1);
            });
        }
    }

    @Test
    @Order(2)
    void aWorkflowRequestTheServerAppliedBeforeTheAppRecordedItIsAnsweredWithTheFirstVersion() throws Exception {
        startServer();
        EntityDefinition claim = entity("wq_claim");
        WorkflowDefinition flow = twoStates("wq_claim_flow", "wq_claim");
        WorkflowPublishRequest request = QueuedWorkflows.request(flow, 0);
        try (BuildifyClient client = client()) {
            client.publish(request(claim, 0));
            // The server applied it, then the app died before writing anything down: the entry is still queued.
            assertThat(client.publishWorkflow(request).version()).isEqualTo(1);
        }

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.workflows().save(flow);
            withPublishing(store, publishing -> {
                publishing.queue().enqueueWorkflow(flow.id(), request);
                publishing.queue().enqueueWorkflow(flow.id(), request); // the same id twice is one entry
                publishing.start();
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the queue drained");

                assertThat(publishing.queue().list()).singleElement().satisfies(item -> {
                    assertThat(item.state()).isEqualTo(PublishState.PUBLISHED);
                    assertThat(item.publishedVersion()).isEqualTo(1);
                });
                assertThat(store.workflows().find(flow.id()).orElseThrow().baseVersion()).isEqualTo(1);
            });
        }
        assertThat(rowsForRequest("workflow_definition", request.requestId())).isEqualTo(1);
        try (BuildifyClient client = client()) {
            assertThat(client.workflowVersions("wq_claim_flow")).as("no second version").hasSize(1);
        }
    }

    @Test
    @Order(3)
    void aStaleWorkflowStaysInConflictAndARefusedOneFailsWithTheServersMarkers() throws Exception {
        startServer();
        EntityDefinition order = entity("wq_order");
        WorkflowDefinition flow = twoStates("wq_order_flow", "wq_order");
        WorkflowDefinition theirs = relabelled(flow, "Their label");
        WorkflowDefinition orphan = twoStates("wq_orphan_flow", "wq_never_published");
        try (BuildifyClient client = client()) {
            client.publish(request(order, 0));
            client.publishWorkflow(QueuedWorkflows.request(flow, 0));
            client.publishWorkflow(QueuedWorkflows.request(theirs, 1)); // someone else's change: version 2
        }

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.workflows().markPublished(flow.id(), 1, flow);
            WorkflowDefinition mine = relabelled(flow, "My label");
            withPublishing(store, publishing -> {
                publishing.start();
                publishing.enqueueWorkflow(mine.id(), QueuedWorkflows.request(mine, 1));
                publishing.enqueueWorkflow(orphan.id(), QueuedWorkflows.request(orphan, 0));
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "both entries were answered");

                QueuedPublish stale = publishing.queue().list().get(0);
                assertThat(stale.state()).isEqualTo(PublishState.CONFLICT);
                assertThat(stale.message()).contains("this workflow").contains("version 1").contains("version 2")
                        .contains("Nothing was overwritten");
                QueuedPublish refused = publishing.queue().list().get(1);
                assertThat(refused.state()).isEqualTo(PublishState.FAILED);
                assertThat(refused.message()).startsWith("The server refused the workflow: ")
                        .contains("The workflow applies to entity 'wq_never_published', which has not been published");
                assertThat(store.workflows().find(flow.id()).orElseThrow().baseVersion()).isEqualTo(1);
                try (BuildifyClient client = client()) {
                    assertThat(client.getWorkflow("wq_order_flow").orElseThrow().definition()).isEqualTo(theirs);
                    assertThat(client.getWorkflow("wq_orphan_flow")).isEmpty();
                }

                // Retry is offered for both, and answered the same way; cancel removes them.
                assertThat(publishing.viewModel().retry(stale)).isTrue();
                awaitTrue(() -> publishing.queue().list().get(0).state() == PublishState.CONFLICT, "conflict again");
                assertThat(publishing.viewModel().retry(refused)).isTrue();
                awaitTrue(() -> publishing.queue().list().get(1).state() == PublishState.FAILED, "failed again");
                assertThat(publishing.viewModel().cancel(publishing.queue().list().get(0))).isTrue();
                assertThat(publishing.viewModel().cancel(publishing.queue().list().get(0))).isTrue();
                assertThat(publishing.queue().list()).isEmpty();
            });
        }
    }

    @Test
    @Order(4)
    void aMixedQueueDrainsInQueueOrderAndChainsLaterEditsOfTheSameWorkflow() throws Exception {
        startServer();
        List<String> expected = new ArrayList<>();
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            withPublishing(store, publishing -> {
                List<WorkflowDefinition> flows = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    EntityDefinition entity = entity("wq_mixed_" + i);
                    WorkflowDefinition flow = twoStates("wq_mixed_flow_" + i, entity.name());
                    publishing.queue().enqueue(entity.id(), request(entity, 0));
                    publishing.queue().enqueueWorkflow(flow.id(), QueuedWorkflows.request(flow, 0));
                    expected.add("entity wq_mixed_" + i);
                    expected.add("workflow wq_mixed_flow_" + i);
                    flows.add(flow);
                }
                // Edited again offline, drafted on the same base 0: chained onto the first publish's version 1.
                WorkflowDefinition edited = relabelled(flows.get(0), "Edited offline");
                publishing.queue().enqueueWorkflow(edited.id(), QueuedWorkflows.request(edited, 0));
                expected.add("workflow wq_mixed_flow_0");

                publishing.start();
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the queue drained");

                List<QueuedPublish> sent = publishing.queue().list();
                assertThat(sent).allSatisfy(item -> assertThat(item.state()).as(item.name() + ": " + item.message())
                        .isEqualTo(PublishState.PUBLISHED));
                assertThat(sent).extracting(QueuedPublish::publishedVersion).containsExactly(1, 1, 1, 1, 1, 1, 2);
                assertThat(store.workflows().find(edited.id()).orElseThrow().publishedSnapshot()).isEqualTo(edited);
            });
        }
        assertThat(serverPublishOrder("wq_mixed_%")).isEqualTo(expected);
    }

    private static BuildifyClient client() {
        return BuildifyClient.builder().baseUrl(server.baseUri()).build();
    }

    /** "entity x" / "workflow y" for every publish the server's audit log recorded, in the order it applied them. */
    private static List<String> serverPublishOrder(String namePattern) throws SQLException {
        try (Connection connection = server.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT object_type, object_name"
                     + " FROM buildify_catalog.audit_log WHERE action = 'publish' AND object_name LIKE ? ORDER BY id")) {
            query.setString(1, namePattern);
            List<String> order = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    order.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return order;
        }
    }
}
