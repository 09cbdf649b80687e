package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.api.WorkflowSummary;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.SharedServerTest;
import io.buildify.server.Workflows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing workflows over real HTTP into the real catalog: versions, history, conflicts, markers, replays. */
class WorkflowPublishFlowTest extends SharedServerTest {
    @BeforeAll
    static void publishCustomer() {
        // The entity the test workflows apply to (name, email, credit_limit).
        WorkflowTestEntities.publishCustomer(api, "wf_customer");
    }

    @Test
    void secondPublishAddsVersionTwoAndBothStayInTheHistory() {
        WorkflowDefinition v1 = Workflows.approval("wf_versions", "wf_customer");
        WorkflowDefinition v2 = Workflows.relabelled(v1, "Credit approval");

        Answer first = api.postJson(WORKFLOWS + "wf_versions/publish", Workflows.request(v1, 0));
        Answer second = api.postJson(WORKFLOWS + "wf_versions/publish", Workflows.request(v2, 1));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.as(PublishedWorkflow.class).version()).isEqualTo(1);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        PublishedWorkflow published = second.as(PublishedWorkflow.class);
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.author()).isEqualTo("tester");
        assertThat(published.commitMessage()).isEqualTo("publish wf_versions on 1");
        assertThat(published.publishedAt()).isNotNull();

        List<Integer> history = api.get(WORKFLOWS + "wf_versions/versions").json().get("items")
                .findValues("version").stream().map(JsonNode::asInt).toList();
        assertThat(history).containsExactly(2, 1);
        assertThat(api.get(WORKFLOWS + "wf_versions/versions/1").as(PublishedWorkflow.class).definition())
                .isEqualTo(v1);
        assertThat(api.get(WORKFLOWS + "wf_versions").as(PublishedWorkflow.class).definition()).isEqualTo(v2);
    }

    @Test
    void listShowsTheLatestVersionOfEachWorkflowWithItsEntity() throws Exception {
        WorkflowDefinition v1 = Workflows.approval("wf_listed", "wf_customer");
        assertThat(api.postJson(WORKFLOWS + "wf_listed/publish", Workflows.request(v1, 0)).status()).isEqualTo(201);
        assertThat(api.postJson(WORKFLOWS + "wf_listed/publish",
                Workflows.request(Workflows.relabelled(v1, "Listed twice"), 1)).status()).isEqualTo(201);

        List<WorkflowSummary> items = List.of(JsonCodec.mapper().treeToValue(
                api.get("/api/v1/workflows").json().get("items"), WorkflowSummary[].class));

        assertThat(items).filteredOn(s -> s.name().equals("wf_listed")).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.label()).isEqualTo("Listed twice");
            assertThat(s.entityName()).isEqualTo("wf_customer");
        });
    }

    @Test
    void staleBaseIsRefusedWithBothVersionsAndAddsNothing() {
        WorkflowDefinition v1 = Workflows.approval("wf_stale", "wf_customer");
        assertThat(api.postJson(WORKFLOWS + "wf_stale/publish", Workflows.request(v1, 0)).status()).isEqualTo(201);

        Answer stale = api.postJson(WORKFLOWS + "wf_stale/publish", Workflows.request(v1, 0));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).isEqualTo("conflict");
        assertThat(stale.json().get("details").get("base_version").asInt()).isZero();
        assertThat(stale.json().get("details").get("current_version").asInt()).isEqualTo(1);
        assertThat(stale.json().get("message").asText()).startsWith("workflow 'wf_stale' is at version 1");
        assertThat(api.get(WORKFLOWS + "wf_stale/versions").json().get("items")).hasSize(1);
    }

    @Test
    void workflowWithoutStartIsRefusedWithItsMarkers() {
        WorkflowDefinition broken = Workflows.withoutStart(Workflows.approval("wf_no_start", "wf_customer"));

        Answer answer = api.postJson(WORKFLOWS + "wf_no_start/publish", Workflows.request(broken, 0));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("validation_failed");
        assertThat(answer.json().get("message").asText()).contains("has no start state");
        JsonNode markers = answer.json().get("details").get("markers");
        assertThat(markers.findValuesAsText("code")).containsExactly("no_start");
        assertThat(markers.findValuesAsText("severity")).contains("error");
        assertThat(api.get(WORKFLOWS + "wf_no_start").status()).isEqualTo(404);
    }

    @Test
    void repeatedRequestIdAnswersWithTheFirstVersionAndAddsNone() throws Exception {
        WorkflowPublishRequest request = Workflows.request(Workflows.approval("wf_replay", "wf_customer"), 0);

        Answer first = api.postJson(WORKFLOWS + "wf_replay/publish", request);
        Answer replay = api.postJson(WORKFLOWS + "wf_replay/publish", request);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.response().headers().firstValue(PublishController.REPLAYED_HEADER)).hasValue("true");
        assertThat(replay.as(PublishedWorkflow.class)).isEqualTo(first.as(PublishedWorkflow.class));
        assertThat(api.get(WORKFLOWS + "wf_replay/versions").json().get("items")).hasSize(1);
        assertThat(db.column("SELECT action FROM buildify_catalog.audit_log"
                + " WHERE object_type = 'workflow' AND object_name = 'wf_replay' ORDER BY id"))
                .containsExactly("create", "publish");

        WorkflowPublishRequest reused = new WorkflowPublishRequest(Workflows.approval("wf_replay_other",
                "wf_customer"), 0, "other", request.requestId(), "tester");
        Answer elsewhere = api.postJson(WORKFLOWS + "wf_replay_other/publish", reused);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
        assertThat(elsewhere.json().get("message").asText()).contains("already used to publish workflow 'wf_replay'");
    }

    @Test
    void publishIsAuditedWithVersionAndAuthor() {
        WorkflowPublishRequest request = Workflows.request(Workflows.approval("wf_audited", "wf_customer"), 0);
        assertThat(api.postJson(WORKFLOWS + "wf_audited/publish", request).status()).isEqualTo(201);

        JsonNode entry = api.get("/api/v1/audit?object_type=workflow&object_name=wf_audited").json()
                .get("items").get(0);

        assertThat(entry.get("action").asText()).isEqualTo("publish");
        assertThat(entry.get("actor").asText()).isEqualTo("tester");
        assertThat(entry.get("details").get("version").asInt()).isEqualTo(1);
        assertThat(entry.get("details").get("request_id").asText()).isEqualTo(request.requestId());
        assertThat(entry.get("details").get("entity_name").asText()).isEqualTo("wf_customer");
    }
}
