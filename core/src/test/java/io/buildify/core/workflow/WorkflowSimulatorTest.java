package io.buildify.core.workflow;

import io.buildify.core.model.ConditionType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.SimulationResult.StopReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.buildify.core.workflow.LoanWorkflow.state;
import static io.buildify.core.workflow.LoanWorkflow.transition;
import static io.buildify.core.workflow.LoanWorkflow.workflow;
import static org.assertj.core.api.Assertions.assertThat;

class WorkflowSimulatorTest {
    private final WorkflowSimulator simulator = new WorkflowSimulator(workflow());

    private static SimulationInput input(Object amount, String... roles) {
        return new SimulationInput(Map.of("amount", amount), "jane", Set.of(roles));
    }

    @Test
    void smallAmountTakesTheDefaultBranchToApproved() {
        SimulationResult result = simulator.run(input(200, "sales"));

        assertThat(result.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.pathStateIds()).containsExactly("draft", "check", "approved");
        assertThat(result.pathTransitionIds()).containsExactly("submit", "small");
    }

    @Test
    void conditionResultsAreRecordedAtTheConditionState() {
        SimulationResult result = simulator.run(input(200, "sales"));

        TransitionEvaluation big = result.steps().get(1).evaluated().get(0);
        assertThat(big.transitionId()).isEqualTo("big");
        assertThat(big.conditions()).singleElement().satisfies(c -> assertThat(c.held()).isFalse());
        assertThat(big.available()).isFalse();
    }

    @Test
    void bigAmountGoesToReviewAndAManagerApproves() {
        SimulationResult result = simulator.run(input("5000", "sales", "manager"));

        assertThat(result.pathStateIds()).containsExactly("draft", "check", "review", "approved");
        assertThat(result.message()).isEqualTo("Reached final state 'approved'");
    }

    @Test
    void withoutAnApproverTheRunIsBlockedAtReview() {
        SimulationResult result = simulator.run(input(5000, "sales"));

        assertThat(result.reason()).isEqualTo(StopReason.BLOCKED);
        assertThat(result.stoppedAtStateId()).isEqualTo("review");
        assertThat(result.message()).contains("no condition holds");
    }

    @Test
    void userWithoutAllowedRoleCannotSubmit() {
        SimulationResult result = simulator.run(input(200, "clerk"));

        assertThat(result.reason()).isEqualTo(StopReason.BLOCKED);
        assertThat(result.stoppedAtStateId()).isEqualTo("draft");
        assertThat(result.message()).contains("roles");
    }

    @Test
    void stepByStepPausesAfterEachTransition() {
        SimulationResult first = simulator.run(input(5000, "sales", "manager"), 1);
        SimulationResult second = simulator.run(input(5000, "sales", "manager"), 2);

        assertThat(first.reason()).isEqualTo(StopReason.PAUSED);
        assertThat(first.stoppedAtStateId()).isEqualTo("check");
        assertThat(first.message()).isEqualTo("Paused at 'check'; next: 'big'");
        assertThat(second.stoppedAtStateId()).isEqualTo("review");
    }

    @Test
    void endlessLoopIsStopped() {
        WorkflowDefinition loop = new WorkflowDefinition("l", "loop", "Loop", null, null, null, null,
                List.of(state("a", StateType.START), state("b", StateType.TASK)),
                List.of(transition("ab", "a", "b", ConditionType.ALWAYS, 0, List.of()),
                        transition("ba", "b", "a", ConditionType.ALWAYS, 0, List.of())));

        SimulationResult result = new WorkflowSimulator(loop).run(new SimulationInput(Map.of(), null, Set.of()));

        assertThat(result.reason()).isEqualTo(StopReason.LOOP);
        assertThat(result.steps()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void workflowWithoutStartDoesNotRun() {
        WorkflowDefinition noStart = new WorkflowDefinition("n", "none", "None", null, null, null, null,
                List.of(state("a", StateType.TASK)), List.of());

        assertThat(new WorkflowSimulator(noStart).run(new SimulationInput(null, null, null)).reason())
                .isEqualTo(StopReason.NO_START);
    }

    @Test
    void firstOpenTransitionInDisplayOrderIsTakenWhateverTheDrawingOrder() {
        WorkflowDefinition wf = new WorkflowDefinition("o", "order", "Order", null, null, null, null,
                List.of(state("a", StateType.START), state("late", StateType.END), state("early", StateType.END)),
                List.of(transition("to_late", "a", "late", ConditionType.ALWAYS, 2, List.of()),
                        transition("to_early", "a", "early", ConditionType.ALWAYS, 1, List.of())));

        SimulationResult result = new WorkflowSimulator(wf).run(new SimulationInput(Map.of(), null, Set.of()));

        assertThat(result.pathTransitionIds()).containsExactly("to_early");
    }

    @Test
    void stopReasonTravelsInLowerCase() throws Exception {
        String json = io.buildify.core.json.JsonCodec.mapper().writeValueAsString(simulator.run(input(1, "sales")));

        assertThat(json).contains("\"reason\":\"completed\"");
        assertThat(io.buildify.core.json.JsonCodec.mapper().readValue(json, SimulationResult.class).reason())
                .isEqualTo(StopReason.COMPLETED);
    }
}
