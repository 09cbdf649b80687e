package io.buildify.server.publish;

import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.ApiException;
import io.buildify.server.Definitions;
import io.buildify.server.SharedServerTest;
import io.buildify.server.Workflows;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workflow publish validates against the published entity, so it takes the data-model lock (shared): it waits
 * for an entity publish in progress, and an entity publish waits for it. Short lock timeouts turn the waits into
 * 503 answers the test can see without timing anything.
 */
class WorkflowPublishLockTest extends SharedServerTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private final DataSource dataSource = server.dataSource();

    @Test
    void aWorkflowPublishWaitsForAnEntityPublishInProgress() throws Exception {
        publishEntity("t_wl_cust");
        WorkflowPublishService workflows = new WorkflowPublishService(PublishContext.of(dataSource, SHORT));
        WorkflowPublishRequest request = Workflows.request(Workflows.approval("wf_locked", "t_wl_cust"), 0);
        try (Connection entityPublish = dataSource.getConnection()) {
            entityPublish.setAutoCommit(false);
            AdvisoryLock.acquire(entityPublish, AdvisoryLock.DATA_MODEL_KEY, SHORT);

            assertThatThrownBy(() -> workflows.publish("wf_locked", request))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503))
                    .hasMessageContaining("data-model lock");

            entityPublish.rollback();
        }
        assertThat(workflows.publish("wf_locked", request).workflow().version()).isEqualTo(1);
    }

    @Test
    void anEntityPublishWaitsForAWorkflowPublishInProgressButWorkflowsShareTheLock() throws Exception {
        EntityDefinition v1 = publishEntity("t_wl_cust2");
        PublishService entities = new PublishService(PublishContext.of(dataSource, SHORT));
        EntityDefinition v2 = v1.withFieldRemoved(v1.fieldNamed("credit_limit").orElseThrow().id())
                .withFieldAdded(FieldDefinition.of("fax", FieldType.PHONE));
        try (Connection workflowPublish = dataSource.getConnection();
             Connection otherWorkflowPublish = dataSource.getConnection()) {
            workflowPublish.setAutoCommit(false);
            otherWorkflowPublish.setAutoCommit(false);
            AdvisoryLock.acquireShared(workflowPublish, AdvisoryLock.DATA_MODEL_KEY, SHORT);
            AdvisoryLock.acquireShared(otherWorkflowPublish, AdvisoryLock.DATA_MODEL_KEY, SHORT);

            assertThatThrownBy(() -> entities.publish("t_wl_cust2", Definitions.request(v2, 1)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));

            workflowPublish.rollback();
            otherWorkflowPublish.rollback();
        }
        assertThat(entities.publish("t_wl_cust2", Definitions.request(v2, 1).withConfirmDestructive(true))
                .response().version()).isEqualTo(2);
    }

    private EntityDefinition publishEntity(String name) {
        EntityDefinition definition = Definitions.customer(name);
        assertThat(api.postJson("/api/v1/data-model/entities/" + name + "/publish",
                Definitions.request(definition, 0)).status()).isEqualTo(201);
        return definition;
    }
}
