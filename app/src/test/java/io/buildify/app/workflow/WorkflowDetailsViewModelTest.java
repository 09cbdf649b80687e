package io.buildify.app.workflow;

import io.buildify.app.workflow.ActionsViewModel.Phase;
import io.buildify.app.workflow.WorkflowDesignerViewModelTest.Drawing;
import io.buildify.core.model.ActionKind;
import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.EscalationRule;
import io.buildify.core.model.TriggerType;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.WorkflowMarker;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.buildify.app.workflow.WorkflowDesignerViewModelTest.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transition actions, escalation rules, required fields, the trigger, role suggestions, readable undo texts and
 * new transitions' labels, without the FX toolkit, on a real H2 draft store.
 */
class WorkflowDetailsViewModelTest extends WorkflowStoreTest {
    private List<String> codesAt(WorkflowDesignerViewModel vm, String id) {
        return vm.problems().stream().filter(m -> m.elementId().equals(id)).map(WorkflowMarker::code).toList();
    }

    @Test
    void transitionActionsUseTheSameEditorAreCheckedPerKindAndUndoable() {
        WorkflowDefinition created = WorkflowDefinition.of("expense_approval", "expense_claim");
        WorkflowDesignerViewModel vm = designer(created);
        Drawing d = draw(vm.document());
        vm.select(d.submit().id());
        ActionsViewModel actions = vm.actions();

        WorkflowAction update = actions.add(Phase.TRANSITION, ActionKind.UPDATE_FIELD);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Add action update_field");
        actions.putSetting(Phase.TRANSITION, update.id(), "field", "amount");
        actions.putSetting(Phase.TRANSITION, update.id(), "value", "lots");
        assertThat(actions.problems(actions.actions(Phase.TRANSITION).get(0)))
                .containsExactly("'amount' is decimal but is set to 'lots'");
        assertThat(codesAt(vm, d.submit().id())).containsExactly("bad_action");
        actions.putSetting(Phase.TRANSITION, update.id(), "value", "12.5");
        assertThat(codesAt(vm, d.submit().id())).isEmpty();
        assertThat(vm.markers()).doesNotContainKey(d.submit().id());
        assertThat(project.find(created.id()).orElseThrow().definition().transitions().get(0).actions())
                .singleElement().satisfies(a -> assertThat(a.settings()).containsEntry("value", "12.5"));
        assertThat(actions.actions(Phase.ENTRY)).isEmpty();

        vm.undo(); // typing the value was one step
        vm.undo();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Add action update_field");
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Edit action update_field");
        vm.undo();
        assertThat(actions.actions(Phase.TRANSITION)).isEmpty();
    }

    @Test
    void escalationRulesAreEditedValidatedAndUndoable() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.approval().id());
        vm.stateProperties().approverRolesProperty().set("manager");
        EscalationViewModel escalation = vm.escalation();

        escalation.add();
        assertThat(escalation.rules()).containsExactly(EscalationRule.notify(0, "manager"));
        assertThat(codesAt(vm, d.approval().id())).containsExactly("escalation_without_sla");
        vm.stateProperties().slaHoursProperty().set("24");
        assertThat(codesAt(vm, d.approval().id())).isEmpty();
        escalation.setKind(0, EscalationKind.MOVE_TO_STATE);
        assertThat(codesAt(vm, d.approval().id())).containsExactly("escalation_without_target");
        assertThat(escalation.targets()).containsKey(d.end().id()).doesNotContainKey(d.approval().id());
        escalation.setTarget(0, d.end().id());
        escalation.setAfterHours(0, "8");
        assertThat(codesAt(vm, d.approval().id())).isEmpty();
        assertThat(vm.document().state(d.approval().id()).escalationRules()).containsExactly(
                new EscalationRule(8, EscalationKind.MOVE_TO_STATE, "manager", null, d.end().id()));
        assertThatThrownBy(() -> escalation.setAfterHours(0, "-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole number");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Edit escalation of state 'approval'");

        vm.undo();
        vm.undo();
        vm.undo();
        vm.undo();
        vm.undo();
        assertThat(escalation.rules()).isEmpty();
    }

    @Test
    void requiredFieldsSuggestTheEntityFieldsAndMarkUnknownOnes() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.task().id());
        StatePropertiesViewModel state = vm.stateProperties();

        assertThat(state.fieldNames()).containsExactly("amount", "title");
        state.requiredFieldsProperty().set("amount, salary");
        assertThat(vm.document().state(d.task().id()).requiredFields()).containsExactly("amount", "salary");
        assertThat(state.requiredFieldsProblemProperty().get()).contains("'salary' is not a field");
        state.requiredFieldsProperty().set("amount");
        assertThat(state.requiredFieldsProblemProperty().get()).isEmpty();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Edit required fields of state 'task'");
    }

    @Test
    void rolesAreSuggestedFromTheRolesTheWorkflowAlreadyUses() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        assertThat(vm.knownRoles()).isEmpty();
        vm.select(d.approval().id());
        vm.stateProperties().approverRolesProperty().set("manager, finance");
        vm.select(d.submit().id());
        vm.transitionProperties().allowedRolesProperty().set("clerk");

        assertThat(vm.transitionProperties().knownRoles()).containsExactly("clerk", "finance", "manager");
        assertThat(vm.stateProperties().knownRoles()).containsExactly("clerk", "finance", "manager");
    }

    @Test
    void rolesOfTheProjectsOtherWorkflowDraftsAreSuggestedToo() {
        WorkflowDesignerViewModel other = designer(WorkflowDefinition.of("purchase_approval", "expense_claim"));
        Drawing o = draw(other.document());
        other.select(o.approval().id());
        other.stateProperties().approverRolesProperty().set("purchasing");
        other.select(o.submit().id());
        other.transitionProperties().allowedRolesProperty().set("buyer");

        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.approval().id());
        vm.stateProperties().approverRolesProperty().set("manager");
        assertThat(vm.stateProperties().knownRoles()).containsExactly("buyer", "manager", "purchasing");
    }

    @Test
    void roleEntriesAreCheckedLiveAndABadListLeavesTheDocumentAlone() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.approval().id());
        StatePropertiesViewModel state = vm.stateProperties();
        state.approverRolesProperty().set("manager");
        assertThat(codesAt(vm, d.approval().id())).doesNotContain("no_approver_role");

        state.approverRolesProperty().set("manager, manager");
        assertThat(state.approverEntryProblemProperty().get()).isEqualTo("'manager' is listed twice");
        state.approverRolesProperty().set("manager, area lead");
        assertThat(state.approverEntryProblemProperty().get()).contains("no spaces");
        assertThat(state.approverRolesProperty().get()).isEqualTo("manager, area lead"); // kept while fixed
        assertThat(vm.document().state(d.approval().id()).approval().approverRoles()).containsExactly("manager");
        state.approverRolesProperty().set("manager, area_lead");
        assertThat(state.approverEntryProblemProperty().get()).isEmpty();
        assertThat(vm.document().state(d.approval().id()).approval().approverRoles())
                .containsExactly("manager", "area_lead");

        vm.select(d.submit().id());
        TransitionPropertiesViewModel transition = vm.transitionProperties();
        transition.allowedRolesProperty().set("clerk,, manager");
        assertThat(transition.rolesProblemProperty().get()).contains("empty role");
        assertThat(vm.document().transition(d.submit().id()).allowedRoles()).isEmpty();
        vm.select(d.approval().id());
        vm.select(d.submit().id()); // another element: the stale text and its message go
        assertThat(transition.allowedRolesProperty().get()).isEmpty();
        assertThat(transition.rolesProblemProperty().get()).isEmpty();
    }

    @Test
    void triggerTypeScheduleFieldsAndConditionsAreEditedAndValidated() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        draw(vm.document());
        TriggerViewModel trigger = vm.trigger();

        trigger.typeProperty().set(TriggerType.SCHEDULED);
        assertThat(trigger.problemProperty().get()).contains("no schedule");
        trigger.scheduleProperty().set("0 25 * * *");
        assertThat(trigger.scheduleProblemProperty().get()).contains("hour '25'");
        assertThat(vm.document().header().trigger().schedule()).isNull();
        trigger.scheduleProperty().set("every 2 hours");
        assertThat(trigger.scheduleProblemProperty().get()).isEmpty();
        assertThat(trigger.problemProperty().get()).isEmpty();
        assertThat(vm.document().header().trigger().schedule()).isEqualTo("every 2 hours");

        trigger.typeProperty().set(TriggerType.ON_FIELD_CHANGE);
        assertThat(trigger.problemProperty().get()).contains("watches no field");
        trigger.fieldsProperty().set("amount");
        trigger.conditions().add();
        trigger.conditions().rows().get(0).valueProperty().set("100");
        trigger.conditions().rowEdited(trigger.conditions().rows().get(0));
        assertThat(trigger.problemProperty().get()).isEmpty();
        assertThat(vm.document().header().trigger().conditions().conditions()).singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("amount"));
        assertThat(project.find(vm.workflowId()).orElseThrow().definition().trigger().fields())
                .containsExactly("amount");
        trigger.conditions().rows().get(0).valueProperty().set("lots");
        trigger.conditions().rowEdited(trigger.conditions().rows().get(0));
        assertThat(trigger.conditions().problemProperty().get()).contains("'amount' is decimal");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Edit trigger condition of workflow "
                + "'expense_approval'");
        vm.undo();
        vm.undo();
        vm.undo();
        assertThat(vm.document().header().trigger().conditions().conditions()).isEmpty();
    }

    @Test
    void undoTextsNameTheElementsForCanvasCommandsAndPropertyEdits() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Connect 'Condition' to 'End'");
        vm.select(d.task().id());
        vm.stateProperties().nameProperty().set("review");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Rename state 'task'");
        vm.diagram().modeling().removeElements(List.of(d.end()));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Delete state 'end'");
        vm.undo();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Delete state 'end'");
        vm.diagram().modeling().createNode(WorkflowNodeTypes.of(io.buildify.core.model.StateType.TASK), 0, 300);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Add task state");
    }

    @Test
    void undoTextsOfMovesLabelsLayoutsAndMultiDeletesSpeakOfStatesAndTransitions() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        var modeling = vm.diagram().modeling();
        modeling.moveNodes(List.of(d.task()), 10, 0);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Move state 'task'");
        modeling.moveNodes(List.of(d.task(), d.end()), 10, 0);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Move 2 states");
        modeling.updateLabel(d.end(), "Done");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Rename state 'end' to 'Done'");
        modeling.layout(Map.of(d.start(), new Point2D(0, 0), d.task(), new Point2D(120, 0)), Map.of());
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Auto-layout 2 states");
        modeling.removeElements(List.of(d.task(), d.submit()));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Delete 1 state and 1 transition");
        vm.undo();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Delete 1 state and 1 transition");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Auto-layout 2 states");
    }

    @Test
    void aNewTransitionShowsWhereItGoesOnTheEdge() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());

        assertThat(d.submit().getLabel()).isEqualTo("To Task");
        assertThat(vm.document().transition(d.submit().id()).name()).isEqualTo("to_task");
        assertThat(vm.document().transition(d.submit().id()).buttonLabel()).isEqualTo("To Task");
        assertThat(d.approve().getLabel()).isEqualTo("Approve");
    }
}
