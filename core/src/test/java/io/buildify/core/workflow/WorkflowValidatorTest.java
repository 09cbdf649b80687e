package io.buildify.core.workflow;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.buildify.core.workflow.LoanWorkflow.LOAN;
import static io.buildify.core.workflow.LoanWorkflow.plusState;
import static io.buildify.core.workflow.LoanWorkflow.plusTransition;
import static io.buildify.core.workflow.LoanWorkflow.state;
import static io.buildify.core.workflow.LoanWorkflow.transition;
import static io.buildify.core.workflow.LoanWorkflow.workflow;
import static org.assertj.core.api.Assertions.assertThat;

class WorkflowValidatorTest {

    private static List<String> codesAt(WorkflowDefinition wf, String elementId) {
        return WorkflowValidator.validate(wf, LOAN).stream().filter(m -> m.elementId().equals(elementId))
                .map(WorkflowMarker::code).toList();
    }

    @Test
    void wellFormedWorkflowHasNoMarkers() {
        assertThat(WorkflowValidator.validate(workflow(), LOAN)).isEmpty();
    }

    @Test
    void workflowWithoutStartIsMarked() {
        WorkflowDefinition wf = LoanWorkflow.withStates(workflow(), workflow().states().stream()
                .map(s -> s.type() == StateType.START ? state(s.id(), StateType.TASK) : s).toList());

        assertThat(codesAt(wf, "")).contains("no_start");
    }

    @Test
    void everyStartOfSeveralIsMarked() {
        WorkflowDefinition wf = plusTransition(plusState(workflow(), state("second", StateType.START)),
                transition("go", "second", "check", ConditionType.ALWAYS, 0, List.of()));

        assertThat(codesAt(wf, "draft")).contains("several_starts");
        assertThat(codesAt(wf, "second")).contains("several_starts");
    }

    @Test
    void stateNotReachableFromStartIsMarked() {
        WorkflowDefinition wf = plusTransition(plusState(workflow(), state("orphan", StateType.TASK)),
                transition("leave", "orphan", "approved", ConditionType.ALWAYS, 0, List.of()));

        assertThat(codesAt(wf, "orphan")).containsExactly("unreachable_state");
    }

    @Test
    void nonFinalStateWithoutWayOutIsMarked() {
        WorkflowDefinition wf = plusTransition(plusState(workflow(), state("stuck", StateType.TASK)),
                transition("into", "draft", "stuck", ConditionType.ALWAYS, 1, List.of()));

        assertThat(codesAt(wf, "stuck")).containsExactly("dead_end");
    }

    @Test
    void endStateWithOutgoingTransitionIsMarked() {
        WorkflowDefinition wf = plusTransition(workflow(),
                transition("reopen", "approved", "draft", ConditionType.ALWAYS, 0, List.of()));

        assertThat(codesAt(wf, "approved")).containsExactly("end_with_outgoing");
    }

    @Test
    void conditionStateWithoutDefaultBranchIsMarked() {
        WorkflowDefinition wf = LoanWorkflow.withTransitions(workflow(), workflow().transitions().stream()
                .filter(t -> !t.id().equals("small")).toList());

        assertThat(codesAt(wf, "check")).containsExactly("no_default_branch");
    }

    @Test
    void conditionOnFieldTheEntityLacksIsMarkedOnItsTransition() {
        WorkflowDefinition wf = plusTransition(workflow(), transition("odd", "check", "rejected",
                ConditionType.CONDITIONAL, 2, List.of(), new Condition("salary", ConditionOperator.GT, 5)));

        assertThat(WorkflowValidator.validate(wf, LOAN)).filteredOn(m -> m.elementId().equals("odd"))
                .extracting(WorkflowMarker::message).containsExactly("Transition 'odd': entity 'loan' has no field 'salary'");
    }

    @Test
    void conditionComparingWithValueOfWrongTypeIsMarked() {
        WorkflowDefinition wf = plusTransition(workflow(), transition("odd", "check", "rejected",
                ConditionType.CONDITIONAL, 2, List.of(), new Condition("amount", ConditionOperator.GT, "lots")));

        assertThat(WorkflowValidator.validate(wf, LOAN)).filteredOn(m -> m.elementId().equals("odd"))
                .extracting(WorkflowMarker::message)
                .containsExactly("Transition 'odd': 'amount' is decimal but is compared with 'lots'");
    }

    @Test
    void selectValueOutsideAllowedValuesIsMarked() {
        WorkflowDefinition wf = plusTransition(workflow(), transition("odd", "check", "rejected",
                ConditionType.CONDITIONAL, 2, List.of(), new Condition("status", ConditionOperator.IN,
                        List.of("new", "closed"))));

        assertThat(codesAt(wf, "odd")).containsExactly("bad_condition");
    }

    @Test
    void textOperatorOnNumberIsMarked() {
        WorkflowDefinition wf = plusTransition(workflow(), transition("odd", "check", "rejected",
                ConditionType.CONDITIONAL, 2, List.of(), new Condition("amount", ConditionOperator.CONTAINS, "1")));

        assertThat(codesAt(wf, "odd")).containsExactly("bad_condition");
    }

    @Test
    void fieldChecksAreSkippedWhenTheEntityIsUnknown() {
        WorkflowDefinition wf = plusTransition(workflow(), transition("odd", "check", "rejected",
                ConditionType.CONDITIONAL, 2, List.of(), new Condition("salary", ConditionOperator.GT, 5)));

        assertThat(WorkflowValidator.validate(wf, null)).isEmpty();
    }

    @Test
    void duplicateStateNamesAreMarked() {
        WorkflowState twin = new WorkflowState("twin", "review", "Review again", null, StateType.TASK, null, null,
                false, false, null, null, List.of(), List.of(), List.of(), List.of(), 0, 0);
        WorkflowDefinition wf = plusTransition(plusTransition(plusState(workflow(), twin),
                transition("to_twin", "draft", "twin", ConditionType.ALWAYS, 1, List.of())),
                transition("from_twin", "twin", "approved", ConditionType.ALWAYS, 0, List.of()));

        assertThat(codesAt(wf, "twin")).containsExactly("duplicate_state_name");
    }

    @Test
    void approvalStateWithoutApproverRoleIsMarked() {
        WorkflowDefinition wf = LoanWorkflow.withStates(workflow(), workflow().states().stream()
                .map(s -> s.id().equals("review") ? new WorkflowState(s.id(), s.name(), s.label(), null, s.type(),
                        null, null, false, true, null, null, List.of(), List.of(), List.of(), List.of(), 0, 0) : s)
                .toList());

        assertThat(codesAt(wf, "review")).containsExactly("no_approver_role");
    }

    @Test
    void sqlReservedWordsAreFineAsStateNames() {
        assertThat(workflow().states()).extracting(WorkflowState::name).contains("check");
        assertThat(WorkflowValidator.validate(workflow(), LOAN)).isEmpty();
    }

    @Test
    void transitionToMissingStateIsMarked() {
        WorkflowTransition dangling = transition("lost", "draft", "nowhere", ConditionType.ALWAYS, 3, List.of());

        assertThat(codesAt(plusTransition(workflow(), dangling), "lost")).containsExactly("dangling_transition");
    }

    @Test
    void stateNameThatIsNotSnakeCaseIsMarked() {
        WorkflowDefinition wf = LoanWorkflow.withStates(workflow(), workflow().states().stream()
                .map(s -> s.id().equals("approved") ? new WorkflowState(s.id(), "Approved!", s.label(), null, s.type(),
                        null, null, true, false, null, null, List.of(), List.of(), List.of(), List.of(), 0, 0) : s)
                .toList());

        assertThat(codesAt(wf, "approved")).containsExactly("invalid_name");
    }
}
