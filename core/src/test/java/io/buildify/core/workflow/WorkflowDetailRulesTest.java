package io.buildify.core.workflow;

import io.buildify.core.model.ActionKind;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.EscalationRule;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.TriggerType;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.buildify.core.workflow.LoanWorkflow.LOAN;
import static io.buildify.core.workflow.LoanWorkflow.workflow;
import static org.assertj.core.api.Assertions.assertThat;

/** Escalation rules, required fields, per-kind action checks and the trigger: each rule fires and stays silent. */
class WorkflowDetailRulesTest {

    private static List<WorkflowMarker> at(WorkflowDefinition wf, String elementId) {
        return WorkflowValidator.validate(wf, LOAN).stream().filter(m -> m.elementId().equals(elementId)).toList();
    }

    private static List<String> codesAt(WorkflowDefinition wf, String elementId) {
        return at(wf, elementId).stream().map(WorkflowMarker::code).toList();
    }

    private static WorkflowDefinition withReview(Integer sla, List<EscalationRule> rules, List<String> required) {
        return LoanWorkflow.withStates(workflow(), workflow().states().stream().map(s -> !s.id().equals("review")
                ? s : new WorkflowState(s.id(), s.name(), s.label(), null, s.type(), null, null, false, true,
                s.approval(), sla, rules, List.of(), List.of(), required, 0, 0)).toList());
    }

    private static WorkflowDefinition withSubmitActions(WorkflowAction... actions) {
        return LoanWorkflow.withTransitions(workflow(), workflow().transitions().stream().map(t ->
                !t.id().equals("submit") ? t : new WorkflowTransition(t.id(), t.name(), t.label(), null,
                        t.fromStateId(), t.toStateId(), t.conditionType(), t.conditions(), t.allowedRoles(),
                        List.of(), List.of(actions), t.buttonLabel(), t.buttonStyle(), 0)).toList());
    }

    private static WorkflowAction action(ActionKind kind, String... keyValues) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        return new WorkflowAction("a-" + kind.code(), kind, null, settings);
    }

    private static WorkflowDefinition withTrigger(WorkflowTrigger trigger, String entity) {
        WorkflowDefinition wf = workflow();
        return new WorkflowDefinition(wf.id(), wf.name(), wf.label(), null, null, entity, trigger, wf.states(),
                wf.transitions());
    }

    @Test
    void wellFormedEscalationsRequiredFieldsActionsAndTriggerAreSilent() {
        WorkflowDefinition wf = withReview(24, List.of(EscalationRule.notify(0, "director"),
                new EscalationRule(8, EscalationKind.REASSIGN, null, "jane", null),
                new EscalationRule(48, EscalationKind.MOVE_TO_STATE, null, null, "rejected")), List.of("amount",
                "purpose"));
        assertThat(WorkflowValidator.validate(wf, LOAN)).isEmpty();
        WorkflowDefinition acting = withSubmitActions(
                action(ActionKind.CALL_WEBHOOK, "url", "https://erp.example.com/hook", "method", "post"),
                action(ActionKind.SEND_EMAIL, "to", "boss@example.com, {{owner_email}}", "subject", "New loan"),
                action(ActionKind.SEND_EMAIL, "to", "{{owner_email}}", "template", "loan_submitted"),
                action(ActionKind.NOTIFICATION, "to", "manager", "message", "A loan waits"),
                action(ActionKind.UPDATE_FIELD, "field", "amount", "value", "12.50"),
                action(ActionKind.UPDATE_FIELD, "field", "status", "value", "open"),
                action(ActionKind.UPDATE_FIELD, "field", "purpose", "value", ""));
        assertThat(WorkflowValidator.validate(acting, LOAN)).isEmpty();
        assertThat(WorkflowValidator.validate(withTrigger(new WorkflowTrigger(TriggerType.SCHEDULED,
                ConditionGroup.empty(), "every 2 hours"), "loan"), LOAN)).isEmpty();
        assertThat(WorkflowValidator.validate(withTrigger(new WorkflowTrigger(TriggerType.ON_FIELD_CHANGE,
                ConditionGroup.empty(), null, List.of("status")), "loan"), LOAN)).isEmpty();
    }

    @Test
    void escalationWithoutSlaIsMarked() {
        assertThat(codesAt(withReview(null, List.of(EscalationRule.notify(0, "director")), List.of()), "review"))
                .containsExactly("escalation_without_sla");
    }

    @Test
    void escalationWithoutTargetIsMarked() {
        WorkflowDefinition wf = withReview(24, List.of(EscalationRule.notify(0, " "),
                new EscalationRule(1, EscalationKind.REASSIGN, null, null, null),
                new EscalationRule(2, EscalationKind.MOVE_TO_STATE, null, null, null),
                new EscalationRule(3, EscalationKind.MOVE_TO_STATE, null, null, "gone")), List.of());

        assertThat(codesAt(wf, "review")).hasSize(4).containsOnly("escalation_without_target");
        assertThat(at(wf, "review").get(0).message()).contains("notifies nobody");
    }

    @Test
    void negativeEscalationDelayIsMarked() {
        assertThat(codesAt(withReview(24, List.of(EscalationRule.notify(-1, "director")), List.of()), "review"))
                .containsExactly("invalid_escalation");
    }

    @Test
    void requiredFieldNotOnTheEntityIsMarked() {
        List<WorkflowMarker> markers = at(withReview(null, List.of(), List.of("amount", "salary")), "review");

        assertThat(markers).extracting(WorkflowMarker::code).containsExactly("bad_required_field");
        assertThat(markers.get(0).message()).contains("'salary'").contains("entity 'loan'");
    }

    @Test
    void requiredFieldListedTwiceIsAWarning() {
        List<WorkflowMarker> markers = at(withReview(null, List.of(), List.of("amount", "amount")), "review");

        assertThat(markers).singleElement().satisfies(m -> assertThat(m.isError()).isFalse());
    }

    @Test
    void webhookNeedsAnHttpUrlAndAKnownMethod() {
        for (String url : List.of("", "ftp://example.com/x", "https://", "not a url", "example.com/hook")) {
            assertThat(codesAt(withSubmitActions(action(ActionKind.CALL_WEBHOOK, "url", url)), "submit"))
                    .as(url).containsExactly("bad_action");
        }
        assertThat(at(withSubmitActions(action(ActionKind.CALL_WEBHOOK, "url", "http://x.io", "method", "FETCH")),
                "submit")).singleElement().satisfies(m -> assertThat(m.message()).contains("FETCH"));
    }

    @Test
    void emailNeedsARecipientAndSomethingToSay() {
        assertThat(codesAt(withSubmitActions(action(ActionKind.SEND_EMAIL, "subject", "Hi")), "submit"))
                .containsExactly("bad_action");
        assertThat(at(withSubmitActions(action(ActionKind.SEND_EMAIL, "to", "boss", "subject", "Hi")), "submit"))
                .singleElement().satisfies(m -> assertThat(m.message()).contains("'boss' is not an e-mail address"));
        assertThat(at(withSubmitActions(action(ActionKind.SEND_EMAIL, "to", "a@b.io")), "submit"))
                .singleElement().satisfies(m -> assertThat(m.message()).contains("subject, a body or a template"));
    }

    @Test
    void notificationNeedsARecipientAndAMessage() {
        assertThat(codesAt(withSubmitActions(action(ActionKind.NOTIFICATION, "to", "", "message", "")), "submit"))
                .containsExactly("bad_action", "bad_action");
    }

    @Test
    void updateFieldNeedsAFieldOfTheEntityAndAValueOfItsType() {
        assertThat(at(withSubmitActions(action(ActionKind.UPDATE_FIELD, "field", "salary", "value", "1")), "submit"))
                .singleElement().satisfies(m -> assertThat(m.message()).contains("has no field 'salary'"));
        assertThat(at(withSubmitActions(action(ActionKind.UPDATE_FIELD, "field", "amount", "value", "lots")),
                "submit")).singleElement().satisfies(m -> assertThat(m.message())
                .contains("'amount' is decimal but is set to 'lots'"));
        assertThat(codesAt(withSubmitActions(action(ActionKind.UPDATE_FIELD, "field", "status", "value", "closed")),
                "submit")).containsExactly("bad_action");
        assertThat(codesAt(withSubmitActions(action(ActionKind.UPDATE_FIELD, "value", "1")), "submit"))
                .containsExactly("bad_action");
        assertThat(codesAt(withSubmitActions(action(ActionKind.UPDATE_FIELD, "field", "id", "value", "1")), "submit"))
                .containsExactly("bad_action");
    }

    @Test
    void requiredFieldCannotBeCleared() {
        var entity = LOAN.withFieldAdded(FieldDefinition.of("code", FieldType.STRING).withRequired(true));
        assertThat(ActionRules.problems(action(ActionKind.UPDATE_FIELD, "field", "code", "value", ""), entity))
                .containsExactly("'code' is required and cannot be cleared");
    }

    @Test
    void stateActionsAreCheckedOnEntryAndExit() {
        WorkflowDefinition wf = LoanWorkflow.withStates(workflow(), workflow().states().stream().map(s ->
                !s.id().equals("draft") ? s : new WorkflowState(s.id(), s.name(), s.label(), null, s.type(), null,
                        null, false, false, null, null, List.of(), List.of(action(ActionKind.NOTIFICATION, "to", "x",
                        "message", "")), List.of(action(ActionKind.CALL_WEBHOOK, "url", "x")), List.of(), 0, 0))
                .toList());

        assertThat(at(wf, "draft")).extracting(WorkflowMarker::message)
                .anySatisfy(m -> assertThat(m).startsWith("State 'draft', on entry, notification"))
                .anySatisfy(m -> assertThat(m).startsWith("State 'draft', on exit, call_webhook"));
    }

    @Test
    void scheduledTriggerNeedsAValidSchedule() {
        assertThat(codesAt(withTrigger(new WorkflowTrigger(TriggerType.SCHEDULED, null, null), "loan"), ""))
                .containsExactly("invalid_schedule");
        assertThat(codesAt(withTrigger(new WorkflowTrigger(TriggerType.SCHEDULED, null, "61 * * * *"), "loan"), ""))
                .containsExactly("invalid_schedule");
    }

    @Test
    void fieldChangeTriggerNeedsKnownFields() {
        assertThat(codesAt(withTrigger(new WorkflowTrigger(TriggerType.ON_FIELD_CHANGE, null, null), "loan"), ""))
                .containsExactly("trigger_without_fields");
        assertThat(codesAt(withTrigger(new WorkflowTrigger(TriggerType.ON_FIELD_CHANGE, null, null,
                List.of("salary")), "loan"), "")).containsExactly("bad_trigger_field");
    }

    @Test
    void automaticTriggerNeedsAnEntity() {
        assertThat(codesAt(withTrigger(new WorkflowTrigger(TriggerType.ON_CREATE, null, null), null), ""))
                .containsExactly("trigger_without_entity");
    }

    @Test
    void workflowsWithStateStartMarksNothingNew() {
        assertThat(WorkflowValidator.validate(withReview(null, List.of(), List.of()), LOAN)).isEmpty();
        assertThat(WorkflowState.of("x", StateType.TASK, 0, 0).escalationRules()).isEmpty();
    }
}
