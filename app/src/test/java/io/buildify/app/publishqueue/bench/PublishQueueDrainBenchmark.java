package io.buildify.app.publishqueue.bench;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.publishqueue.Backoff;
import io.buildify.app.publishqueue.PublishQueue;
import io.buildify.app.publishqueue.PublishSender;
import io.buildify.app.publishqueue.PublishState;
import io.buildify.app.publishqueue.QueuedWorkflows;
import io.buildify.client.BuildifyClient;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.server.BuildifyServer;
import io.buildify.server.ServerConfig;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A queue of N publishes (N new entities, each a CREATE TABLE) stored while the server was down, drained by the
 * {@link PublishSender} once it is up, against the baseline of the same kind of N publishes sent directly with the SDK in a loop, in
 * the same run on the same server. Prints totals, medians per item, their ratio, and checks that every request id
 * was applied exactly once. Options: {@code -Dbench.publishes=100}; {@code -Dbench.workflows=true} queues after each
 * entity a workflow publish on it (a mixed queue of 2N, the baseline sends the same mix). Run from the repository
 * root:
 * <pre>
 * ./mvnw -q -pl app -am -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/bench-cp.txt
 * java -cp "app/target/classes:app/target/test-classes:$(cat app/target/bench-cp.txt)" \
 *     io.buildify.app.publishqueue.bench.PublishQueueDrainBenchmark
 * </pre>
 */
public final class PublishQueueDrainBenchmark {
    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.publishes", 100);
        boolean withWorkflows = Boolean.getBoolean("bench.workflows");
        Path dir = Files.createTempDirectory("queue-bench");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (DraftStore store = DraftStore.open(dir.resolve("drafts/drafts"))) {
            PublishQueue queue = new PublishQueue(store);
            List<String> queuedIds = new ArrayList<>();
            List<String> queuedWorkflowIds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                EntityDefinition entity = entity("queued_" + i);
                store.entities().save(entity);
                PublishRequest request = request(entity);
                queue.enqueue(entity.id(), request);
                queuedIds.add(request.requestId());
                if (withWorkflows) {
                    WorkflowDefinition flow = QueuedWorkflows.twoStates("queued_flow_" + i, entity.name());
                    store.workflows().save(flow);
                    WorkflowPublishRequest workflowRequest = QueuedWorkflows.request(flow, 0);
                    queue.enqueueWorkflow(flow.id(), workflowRequest);
                    queuedWorkflowIds.add(workflowRequest.requestId());
                }
            }
            int items = queue.list().size();
            try (BuildifyServer server = BuildifyServer.start(ServerConfig.embedded(dir.resolve("postgres"))
                    .withPort(port).withBinariesDir(Path.of("app", "target", "pg-binaries").toAbsolutePath()));
                 BuildifyClient client = BuildifyClient.builder().baseUrl(server.baseUri()).build()) {
                List<Long> answeredAt = new CopyOnWriteArrayList<>();
                PublishSender.Listener timing = new PublishSender.Listener() {
                    @Override
                    public void queueChanged() {
                    }

                    @Override
                    public void reachabilityChanged(boolean reachable, String message) {
                        answeredAt.add(System.nanoTime()); // once per answered entry
                    }
                };
                long start = System.nanoTime();
                try (PublishSender sender = new PublishSender(queue, () -> Optional.of(client), store.entities(),
                        store.workflows(), Backoff.DEFAULT, timing)) {
                    sender.start();
                    while (queue.pendingCount() > 0) {
                        Thread.sleep(2);
                    }
                }
                long drainNanos = answeredAt.get(answeredAt.size() - 1) - start;
                List<Long> perItem = new ArrayList<>();
                long previous = start;
                for (long at : answeredAt) {
                    perItem.add(at - previous);
                    previous = at;
                }
                long published = queue.list().stream().filter(i -> i.state() == PublishState.PUBLISHED).count();

                List<Long> direct = new ArrayList<>();
                long directStart = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    PublishRequest request = request(entity("direct_" + i));
                    long t = System.nanoTime();
                    client.publish(request);
                    direct.add(System.nanoTime() - t);
                    if (withWorkflows) {
                        WorkflowPublishRequest workflowRequest = QueuedWorkflows.request(
                                QueuedWorkflows.twoStates("direct_flow_" + i, "direct_" + i), 0);
                        t = System.nanoTime();
                        client.publishWorkflow(workflowRequest);
                        direct.add(System.nanoTime() - t);
                    }
                }
                long directNanos = System.nanoTime() - directStart;

                int[] applied = appliedOnce(server, "migration_history", queuedIds);
                int[] workflowsApplied = appliedOnce(server, "workflow_definition", queuedWorkflowIds);
                System.out.printf(Locale.ROOT, "queue drain: %d queued (%d workflows), %d published, total %.0f ms,"
                        + " median %.1f ms per item%n", items, queuedWorkflowIds.size(), published, drainNanos / 1e6,
                        median(perItem) / 1e6);
                System.out.printf(Locale.ROOT, "direct SDK : %d publishes, total %.0f ms, median %.1f ms per item%n",
                        direct.size(), directNanos / 1e6, median(direct) / 1e6);
                System.out.printf(Locale.ROOT, "ratio of medians drain/direct: %.2f%n",
                        median(perItem) / median(direct));
                System.out.printf(Locale.ROOT, "request ids applied exactly once: %d of %d (history rows: %d)%n",
                        applied[0], n, applied[1]);
                if (withWorkflows) {
                    System.out.printf(Locale.ROOT, "workflow request ids applied exactly once: %d of %d (versions:"
                            + " %d)%n", workflowsApplied[0], queuedWorkflowIds.size(), workflowsApplied[1]);
                }
            }
        }
    }

    /** [ids with exactly one row in the catalog {@code table}, total rows for these ids]. */
    private static int[] appliedOnce(BuildifyServer server, String table, List<String> ids) throws Exception {
        int once = 0;
        int rows = 0;
        try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT request_id, COUNT(*) FROM buildify_catalog." + table
                     + " WHERE request_id IS NOT NULL GROUP BY request_id")) {
            while (r.next()) {
                if (ids.contains(r.getString(1))) {
                    rows += r.getInt(2);
                    once += r.getInt(2) == 1 ? 1 : 0;
                }
            }
        }
        return new int[] {once, rows};
    }

    private static EntityDefinition entity(String name) {
        return EntityDefinition.of(name).withFieldAdded(FieldDefinition.of("title", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("amount", FieldType.DECIMAL));
    }

    private static PublishRequest request(EntityDefinition entity) {
        return new PublishRequest(entity, 0, "bench", UUID.randomUUID().toString(), "bench");
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
