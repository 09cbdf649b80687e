package io.buildify.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.api.WorkflowSimulationRequest;
import io.buildify.core.api.WorkflowValidationResponse;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.SimulationResult;
import io.buildify.core.workflow.SimulationResult.StopReason;
import io.buildify.core.workflow.WorkflowMarker;
import io.buildify.server.ApiClient.Answer;
import io.buildify.server.SharedServerTest;
import io.buildify.server.Workflows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Validate and simulate over HTTP: markers against PUBLISHED entities, dry runs of drafts and published versions. */
class WorkflowValidateSimulateTest extends SharedServerTest {
    @BeforeAll
    static void publishCustomer() {
        WorkflowTestEntities.publishCustomer(api, "wf_customer");
    }

    @Test
    void validWorkflowAgainstItsPublishedEntityHasNoMarkers() {
        Answer answer = api.postJson(WORKFLOWS + "wf_valid/validate", Workflows.approval("wf_valid", "wf_customer"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        WorkflowValidationResponse response = answer.as(WorkflowValidationResponse.class);
        assertThat(response.valid()).isTrue();
        assertThat(response.markers()).isEmpty();
    }

    @Test
    void conditionOnAFieldThePublishedEntityLacksIsMarkedOnItsTransition() {
        WorkflowDefinition workflow = Workflows.approval("wf_bad_field", "wf_customer",
                new Condition("credit_score", ConditionOperator.GT, 700));

        WorkflowValidationResponse response = api.postJson(WORKFLOWS + "wf_bad_field/validate", workflow)
                .as(WorkflowValidationResponse.class);

        assertThat(response.valid()).isFalse();
        assertThat(response.markers()).extracting(WorkflowMarker::elementId, WorkflowMarker::code)
                .containsExactly(tuple("big", "bad_condition"));
        assertThat(response.markers().get(0).message()).contains("has no field 'credit_score'");
    }

    @Test
    void entityThatWasNeverPublishedIsAnErrorMarker() {
        WorkflowDefinition workflow = Workflows.approval("wf_orphan", "wf_never_published");

        WorkflowValidationResponse response = api.postJson(WORKFLOWS + "wf_orphan/validate", workflow)
                .as(WorkflowValidationResponse.class);
        Answer publish = api.postJson(WORKFLOWS + "wf_orphan/publish", Workflows.request(workflow, 0));

        assertThat(response.valid()).isFalse();
        assertThat(response.markers()).extracting(WorkflowMarker::elementId, WorkflowMarker::code)
                .containsExactly(tuple("", "unknown_entity"));
        assertThat(publish.status()).isEqualTo(400);
        assertThat(publish.json().get("details").get("markers").findValuesAsText("code"))
                .containsExactly("unknown_entity");
    }

    @Test
    void workflowWithoutEntityGetsAWarningOnlyAndMayBePublished() {
        WorkflowDefinition workflow = Workflows.approval("wf_no_entity", null);

        WorkflowValidationResponse response = api.postJson(WORKFLOWS + "wf_no_entity/validate", workflow)
                .as(WorkflowValidationResponse.class);

        assertThat(response.valid()).isTrue();
        assertThat(response.markers()).extracting(WorkflowMarker::code).containsExactly("no_entity");
        assertThat(api.postJson(WORKFLOWS + "wf_no_entity/publish", Workflows.request(workflow, 0)).status())
                .isEqualTo(201);
    }

    @Test
    void simulatingThePublishedVersionFollowsTheBigBranchToApproval() {
        WorkflowDefinition workflow = Workflows.approval("wf_simulated", "wf_customer");
        assertThat(api.postJson(WORKFLOWS + "wf_simulated/publish", Workflows.request(workflow, 0)).status())
                .isEqualTo(201);

        Answer answer = api.postJson(WORKFLOWS + "wf_simulated/simulate", WorkflowSimulationRequest.ofPublished(
                Map.of("credit_limit", 5000), "jane", List.of("manager"), null));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        SimulationResult result = answer.as(SimulationResult.class);
        assertThat(result.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.pathStateIds()).containsExactly("draft", "check", "review", "approved");
        assertThat(result.steps().get(1).evaluated().get(0).conditions())
                .singleElement().satisfies(c -> assertThat(c.held()).isTrue());
    }

    @Test
    void simulatingADraftStepByStepPausesAfterTheAskedTransitions() {
        WorkflowDefinition draft = Workflows.approval("wf_draft_run", "wf_customer");

        SimulationResult result = api.postJson(WORKFLOWS + "wf_draft_run/simulate", WorkflowSimulationRequest
                .ofDraft(draft, Map.of("credit_limit", 10), "jane", List.of(), 1)).as(SimulationResult.class);

        assertThat(result.reason()).isEqualTo(StopReason.PAUSED);
        assertThat(result.pathTransitionIds()).containsExactly("submit");
        assertThat(result.stoppedAtStateId()).isEqualTo("check");
    }

    @Test
    void simulatingAnUnpublishedWorkflowWithoutADraftIsNotFound() {
        Answer answer = api.postJson(WORKFLOWS + "wf_nowhere/simulate",
                WorkflowSimulationRequest.ofPublished(Map.of(), null, null, null));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asText()).contains("'wf_nowhere' has not been published");
    }

    @Test
    void tooManyTransitionsAndDraftPlusVersionAreBadRequests() {
        WorkflowDefinition draft = Workflows.approval("wf_limits", "wf_customer");

        Answer tooMany = api.postJson(WORKFLOWS + "wf_limits/simulate",
                WorkflowSimulationRequest.ofDraft(draft, Map.of(), null, null, 10_001));
        Answer both = api.postJson(WORKFLOWS + "wf_limits/simulate",
                new WorkflowSimulationRequest(draft, 1, Map.of(), null, null, null));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("message").asText()).contains("max_transitions must be from 1 to 10000");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("details").get("path").asText()).isEqualTo("version");
    }

    @Test
    void pathNameMustBeTheDefinitionName() {
        WorkflowDefinition workflow = Workflows.approval("wf_named", "wf_customer");

        for (String action : List.of("validate", "simulate", "publish")) {
            Object body = switch (action) {
                case "validate" -> workflow;
                case "simulate" -> WorkflowSimulationRequest.ofDraft(workflow, Map.of(), null, null, null);
                default -> Workflows.request(workflow, 0);
            };
            Answer answer = api.postJson(WORKFLOWS + "wf_other_name/" + action, body);
            assertThat(answer.status()).as(action + ": " + answer).isEqualTo(400);
            assertThat(answer.json().get("details").get("definition_name").asText()).isEqualTo("wf_named");
        }
    }

    @Test
    void badBodiesAndVersionsAreClearClientErrors() {
        Answer noWorkflow = api.post(WORKFLOWS + "wf_x/publish", "{\"base_version\": 0}");
        Answer wrongType = api.post(WORKFLOWS + "wf_x/simulate", "{\"max_transitions\": \"many\"}");
        Answer badVersion = api.get(WORKFLOWS + "wf_x/versions/first");
        Answer missingVersion = api.get(WORKFLOWS + "wf_never/versions/3");

        assertThat(noWorkflow.status()).isEqualTo(400);
        assertThat(noWorkflow.json().get("message").asText()).isEqualTo("the request needs a 'workflow'");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("details").get("path").asText()).isEqualTo("max_transitions");
        assertThat(badVersion.status()).isEqualTo(400);
        assertThat(missingVersion.status()).isEqualTo(404);
        JsonNode error = missingVersion.json();
        assertThat(error.get("error").asText()).isEqualTo("not_found");
        assertThat(error.get("message").asText()).isEqualTo("workflow 'wf_never' has no published version 3");
    }
}
