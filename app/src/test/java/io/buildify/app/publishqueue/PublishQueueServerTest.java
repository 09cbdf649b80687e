package io.buildify.app.publishqueue;

import io.buildify.app.drafts.CorruptRows;
import io.buildify.app.drafts.DamagedDraft;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import io.buildify.client.BuildifyClient;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The queue against the real server (embedded PostgreSQL on a fixed loopback port) and a real H2 store. The first
 * test runs while that port is closed and starts the server half way; the others reuse it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishQueueServerTest extends QueueServerTest {
    @Test
    @Order(1)
    void publishQueuedWhileDownSurvivesARestartAndIsAppliedOnceWhenTheServerIsUp() throws Exception {
        assertThat(server).as("this test starts the server itself").isNull();
        EntityDefinition ticket = entity("queued_ticket");
        PublishRequest request = request(ticket, 0);

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.entities().save(ticket);
            ServerConnection down = connection();
            assertThat(down.stateProperty().get()).isEqualTo(ServerState.FAILED);
            try (OfflinePublishing publishing = new OfflinePublishing(store, down, FAST, Runnable::run)) {
                publishing.start();
                String receipt = down.offlinePublishes().orElseThrow().enqueue(ticket.id(), request);

                assertThat(receipt).contains("queued_ticket").contains("1 pending");
                awaitTrue(() -> publishing.queue().list().get(0).attempts() >= 2, "two attempts while down");
                QueuedPublish waiting = publishing.queue().list().get(0);
                assertThat(waiting.state()).isIn(PublishState.QUEUED, PublishState.SENDING);
                assertThat(publishing.viewModel().indicatorProperty().get()).isEqualTo("Offline · 1 pending");
            }
            down.close();
        } // the app stops here: the queue only lives in the H2 file

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            withPublishing(store, publishing -> {
                publishing.start();
                assertThat(publishing.queue().pendingCount()).isEqualTo(1);

                startServer();
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the queue drained");

                QueuedPublish sent = publishing.queue().list().get(0);
                assertThat(sent.state()).isEqualTo(PublishState.PUBLISHED);
                assertThat(sent.publishedVersion()).isEqualTo(1);
                assertThat(sent.requestId()).isEqualTo(request.requestId());
                EntityDraft draft = store.entities().find(ticket.id()).orElseThrow();
                assertThat(draft.baseVersion()).isEqualTo(1);
                assertThat(draft.publishedSnapshot()).isEqualTo(ticket);
                assertThat(rowsForRequest("migration_history", request.requestId())).isEqualTo(1);
                // The sender reports "answered" just after recording the entry: the indicator follows a moment later.
                awaitTrue(() -> publishing.viewModel().indicatorProperty().get().equals("Online"), "the indicator");
            });
        }
    }

    @Test
    @Order(2)
    void aRequestTheServerAppliedBeforeTheAppRecordedItIsAnsweredWithTheFirstResultAndAppliedOnce()
            throws Exception {
        startServer();
        EntityDefinition invoice = entity("replayed_invoice");
        PublishRequest request = request(invoice, 0);
        try (BuildifyClient client = BuildifyClient.builder().baseUrl(server.baseUri()).build()) {
            // The server applied it, then the app died before writing anything down: the entry is still queued.
            assertThat(client.publish(request).version()).isEqualTo(1);
        }

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.entities().save(invoice);
            withPublishing(store, publishing -> {
                publishing.queue().enqueue(invoice.id(), request);
                publishing.queue().enqueue(invoice.id(), request); // the same id twice is one entry
                publishing.start();
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the queue drained");

                assertThat(publishing.queue().list()).singleElement().satisfies(item -> {
                    assertThat(item.state()).isEqualTo(PublishState.PUBLISHED);
                    assertThat(item.publishedVersion()).isEqualTo(1);
                });
                assertThat(store.entities().find(invoice.id()).orElseThrow().baseVersion()).isEqualTo(1);
            });
        }
        assertThat(rowsForRequest("migration_history", request.requestId())).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aPublishBasedOnAStaleVersionStaysInConflictAndOverwritesNothing() throws Exception {
        startServer();
        EntityDefinition order = entity("conflicting_order");
        EntityDefinition theirs = order.withFieldAdded(FieldDefinition.of("theirs", FieldType.STRING));
        EntityDefinition mine = order.withFieldAdded(FieldDefinition.of("mine", FieldType.STRING));
        try (BuildifyClient client = BuildifyClient.builder().baseUrl(server.baseUri()).build()) {
            client.publish(request(order, 0));
            client.publish(request(theirs, 1)); // someone else's change: version 2
        }

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.entities().markPublished(order.id(), 1, order);
            store.entities().save(mine);
            withPublishing(store, publishing -> {
                publishing.start();
                publishing.enqueue(mine.id(), request(mine, 1));
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the entry was answered");

                QueuedPublish refused = publishing.queue().list().get(0);
                assertThat(refused.state()).isEqualTo(PublishState.CONFLICT);
                assertThat(refused.message()).contains("version 1").contains("version 2")
                        .contains("Nothing was overwritten");
                assertThat(store.entities().find(order.id()).orElseThrow().baseVersion()).isEqualTo(1);
                try (BuildifyClient client = BuildifyClient.builder().baseUrl(server.baseUri()).build()) {
                    assertThat(client.getEntity("conflicting_order").orElseThrow().definition()).isEqualTo(theirs);
                }

                // Retry is offered, and answered the same way: the user must bring the draft up to date.
                assertThat(publishing.viewModel().retry(refused)).isTrue();
                awaitTrue(() -> publishing.queue().list().get(0).state() == PublishState.CONFLICT, "conflict again");
                assertThat(publishing.viewModel().cancel(publishing.queue().list().get(0))).isTrue();
                assertThat(publishing.queue().list()).isEmpty();
            });
        }
    }

    @Test
    @Order(4)
    void aPublishWhoseDraftWasDamagedMeanwhileIsRecordedAsPublishedAndNotSentAgain() throws Exception {
        startServer();
        EntityDefinition damaged = entity("damaged_meanwhile");
        PublishRequest request = request(damaged, 0);
        EntityDefinition next = entity("sent_after_restart");

        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.entities().save(damaged);
            withPublishing(store, publishing -> {
                publishing.queue().enqueue(damaged.id(), request);
                CorruptRows.damageEntity(store, damaged.id(), CorruptRows.TRUNCATED);
                publishing.start();
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the entry was answered");

                QueuedPublish sent = publishing.queue().list().get(0);
                assertThat(sent.state()).isEqualTo(PublishState.PUBLISHED);
                assertThat(sent.publishedVersion()).isEqualTo(1);
                assertThat(sent.message()).startsWith("Published as version 1 on the server, but the local entity "
                        + "draft is damaged: line 1, column 32: unexpected end of JSON").contains("Damaged drafts");
                // The pending view refreshes once the sender reports the answer, just after recording it.
                awaitTrue(() -> publishing.viewModel().items().size() == 1
                        && publishing.viewModel().items().get(0).message().equals(sent.message()), "the pending view");
            });
            // The damaged row is left exactly as it was, for the user to export or delete.
            assertThat(store.entities().damaged()).singleElement()
                    .extracting(DamagedDraft::storedText).isEqualTo(CorruptRows.TRUNCATED);
        }
        assertThat(rowsForRequest("migration_history", request.requestId())).isEqualTo(1);

        // After a restart the entry stays published: a later publish goes through, and the damaged one is not resent.
        try (DraftStore store = TestProjects.openStore(projectDir)) {
            store.entities().save(next);
            withPublishing(store, publishing -> {
                publishing.start();
                publishing.enqueue(next.id(), request(next, 0));
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the later entry was sent");

                assertThat(publishing.queue().list()).extracting(QueuedPublish::name, QueuedPublish::state,
                        QueuedPublish::attempts).containsExactly(
                        tuple("damaged_meanwhile", PublishState.PUBLISHED, 1),
                        tuple("sent_after_restart", PublishState.PUBLISHED, 1));
            });
        }
        assertThat(rowsForRequest("migration_history", request.requestId())).isEqualTo(1);
    }
}
