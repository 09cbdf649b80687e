package io.buildify.client;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.api.WorkflowSimulationRequest;
import io.buildify.core.api.WorkflowSummary;
import io.buildify.core.api.WorkflowValidationResponse;
import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.LogicalOperator;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;
import io.buildify.core.workflow.SimulationResult;
import io.buildify.core.workflow.SimulationResult.StopReason;
import io.buildify.core.workflow.WorkflowMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every workflow call of the client against the real server on port 0 and its embedded PostgreSQL. */
class WorkflowClientTest extends SharedServerClientTest {
    @BeforeAll
    static void publishTheExpenseEntity() {
        client.publish(new PublishRequest(EntityDefinition.of("expense")
                .withFieldAdded(FieldDefinition.of("amount", FieldType.DECIMAL)), 0, "expenses", null, "ann"));
    }

    @Test
    void publishedVersionsAreListedFetchedAndKeptAsHistory() {
        WorkflowDefinition v1 = expenseApproval("expense_approval", "amount");
        WorkflowDefinition v2 = relabelled(v1, "Expense approval, second try");

        PublishedWorkflow first = client.publishWorkflow(request(v1, 0));
        PublishedWorkflow second = client.publishWorkflow(request(v2, 1));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(client.listWorkflows()).filteredOn(w -> w.name().equals("expense_approval"))
                .extracting(WorkflowSummary::version, WorkflowSummary::entityName)
                .containsExactly(tuple(2, "expense"));
        assertThat(client.getWorkflow("expense_approval")).hasValueSatisfying(
                w -> assertThat(w.definition()).isEqualTo(v2));
        assertThat(client.getWorkflow("expense_approval", 1)).hasValueSatisfying(
                w -> assertThat(w.definition()).isEqualTo(v1));
        assertThat(client.getWorkflow("expense_approval", 3)).isEmpty();
        assertThat(client.getWorkflow("never_published")).isEmpty();
        assertThat(client.workflowVersions("expense_approval")).extracting(WorkflowSummary::version,
                WorkflowSummary::author).containsExactly(tuple(2, "client-sdk-test"), tuple(1, "client-sdk-test"));
    }

    @Test
    void stalePublishIsAConflictWithBothVersionsAndAReplayIsHarmless() {
        WorkflowPublishRequest request = request(expenseApproval("travel_approval", "amount"), 0);
        PublishedWorkflow published = client.publishWorkflow(request);

        assertThat(client.publishWorkflow(request)).isEqualTo(published);
        assertThatThrownBy(() -> client.publishWorkflow(request(request.workflow(), 0)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.baseVersion()).isZero();
                    assertThat(e.currentVersion()).isEqualTo(1);
                });
        assertThat(client.workflowVersions("travel_approval")).hasSize(1);
    }

    @Test
    void invalidWorkflowIsRefusedWithTheMarkersOfItsElements() {
        WorkflowDefinition badField = expenseApproval("bad_expense_approval", "mileage");

        assertThatThrownBy(() -> client.publishWorkflow(request(badField, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("validation_failed");
                    assertThat(e.markers()).extracting(WorkflowMarker::elementId, WorkflowMarker::code)
                            .containsExactly(tuple("big", "bad_condition"));
                    assertThat(e.problems()).isEmpty();
                });
        assertThat(client.getWorkflow("bad_expense_approval")).isEmpty();
    }

    @Test
    void validateReportsMarkersAgainstPublishedEntities() {
        WorkflowValidationResponse good = client.validateWorkflow(expenseApproval("checked_approval", "amount"));
        WorkflowValidationResponse orphan = client.validateWorkflow(withEntity(
                expenseApproval("orphan_approval", "amount"), "invoice"));

        assertThat(good.valid()).isTrue();
        assertThat(good.markers()).isEmpty();
        assertThat(orphan.valid()).isFalse();
        assertThat(orphan.markers()).extracting(WorkflowMarker::code).contains("unknown_entity");
    }

    @Test
    void simulateRunsDraftsAndPublishedVersions() {
        WorkflowDefinition workflow = expenseApproval("simulated_approval", "amount");
        client.publishWorkflow(request(workflow, 0));

        SimulationResult published = client.simulateWorkflow("simulated_approval",
                WorkflowSimulationRequest.ofPublished(Map.of("amount", 2500), "bob", List.of("manager"), null));
        SimulationResult draft = client.simulateWorkflow("simulated_approval",
                WorkflowSimulationRequest.ofDraft(workflow, Map.of("amount", 20), "bob", List.of(), null));

        assertThat(published.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(published.pathStateIds()).containsExactly("draft", "check", "review", "approved");
        assertThat(draft.pathStateIds()).containsExactly("draft", "check", "approved");
        assertThatThrownBy(() -> client.simulateWorkflow("unpublished_approval",
                WorkflowSimulationRequest.ofPublished(Map.of(), null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    private static WorkflowPublishRequest request(WorkflowDefinition workflow, int baseVersion) {
        return new WorkflowPublishRequest(workflow, baseVersion, "publish " + workflow.name(),
                UUID.randomUUID().toString(), "client-sdk-test");
    }

    /** draft → check → (field &gt; 1000) review, approved by a manager; otherwise approved by default. */
    private static WorkflowDefinition expenseApproval(String name, String field) {
        return new WorkflowDefinition(name + "-id", name, "Expense approval", null, null, "expense",
                WorkflowTrigger.manual(),
                List.of(state("draft", StateType.START), state("check", StateType.CONDITION),
                        state("review", StateType.APPROVAL), state("approved", StateType.END)),
                List.of(transition("submit", "draft", "check", ConditionType.ALWAYS),
                        transition("big", "check", "review", ConditionType.CONDITIONAL,
                                new Condition(field, ConditionOperator.GT, 1000)),
                        transition("small", "check", "approved", ConditionType.ALWAYS),
                        transition("approve", "review", "approved", ConditionType.APPROVAL)));
    }

    private static WorkflowDefinition relabelled(WorkflowDefinition w, String label) {
        return new WorkflowDefinition(w.id(), w.name(), label, w.description(), w.category(), w.entityName(),
                w.trigger(), w.states(), w.transitions());
    }

    private static WorkflowDefinition withEntity(WorkflowDefinition w, String entityName) {
        return new WorkflowDefinition(w.id(), w.name(), w.label(), w.description(), w.category(), entityName,
                w.trigger(), w.states(), w.transitions());
    }

    private static WorkflowState state(String id, StateType type) {
        return new WorkflowState(id, id, id, null, type, null, null, type == StateType.END,
                type == StateType.APPROVAL, type == StateType.APPROVAL ? new ApprovalConfig(List.of("manager"), 1)
                : null, null, List.of(), List.of(), List.of(), List.of(), 0, 0);
    }

    private static WorkflowTransition transition(String id, String from, String to, ConditionType type,
                                                 Condition... conditions) {
        int order = id.equals("small") ? 1 : 0;
        return new WorkflowTransition(id, id, id, null, from, to, type,
                new ConditionGroup(LogicalOperator.AND, List.of(conditions)), List.of(), List.of(), List.of(), id,
                null, order);
    }
}
