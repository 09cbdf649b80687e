package io.buildify.app.workflow;

import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.EscalationRule;
import io.buildify.core.model.WorkflowState;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The escalation rules of the selected state (SPEC §2 "SLA hours + escalation rules"): after the SLA is breached
 * by some hours, notify or reassign to a role or user, or move the record to another state. Each change is one
 * document edit (a text box's edits merge); values that cannot be stored are refused with a message.
 */
public final class EscalationViewModel extends PanelModel {
    private final ObservableList<EscalationRule> rules = FXCollections.observableArrayList();
    private final ObservableList<EscalationRule> rulesView = FXCollections.unmodifiableObservableList(rules);
    private String stateId;

    EscalationViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
        designer.selectedIdProperty().addListener((obs, old, now) -> reload());
        reload();
    }

    /** Adds "notify a role at the breach"; the role is the first approver role, if any, to fill in otherwise. */
    public void add() {
        WorkflowState state = requireState();
        String role = state.approval() == null || state.approval().approverRoles().isEmpty() ? null
                : state.approval().approverRoles().get(0);
        change(null, list -> {
            list.add(EscalationRule.notify(0, role));
            return list;
        });
    }

    public void remove(int index) {
        change(null, list -> {
            list.remove(index);
            return list;
        });
    }

    /** Hours after the SLA: a whole number, 0 or more. */
    public void setAfterHours(int index, String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("Hours after the SLA: a whole number, 0 or more (0: at the breach)");
        }
        int hours = Integer.parseInt(t);
        update(index, "after", r -> new EscalationRule(hours, r.kind(), r.notifyRole(), r.notifyUser(),
                r.moveToStateId()));
    }

    public void setKind(int index, EscalationKind kind) {
        update(index, null, r -> new EscalationRule(r.afterHours(), kind, r.notifyRole(), r.notifyUser(),
                r.moveToStateId()));
    }

    public void setRole(int index, String role) {
        update(index, "role", r -> new EscalationRule(r.afterHours(), r.kind(), blankToNull(role), r.notifyUser(),
                r.moveToStateId()));
    }

    public void setUser(int index, String user) {
        update(index, "user", r -> new EscalationRule(r.afterHours(), r.kind(), r.notifyRole(), blankToNull(user),
                r.moveToStateId()));
    }

    public void setTarget(int index, String stateId) {
        update(index, null, r -> new EscalationRule(r.afterHours(), r.kind(), r.notifyRole(), r.notifyUser(),
                blankToNull(stateId)));
    }

    /** The other states, by id, with their labels: where a rule may move the record. */
    public Map<String, String> targets() {
        Map<String, String> targets = new java.util.LinkedHashMap<>();
        designer.document().definition().states().stream().filter(s -> !s.id().equals(stateId))
                .forEach(s -> targets.put(s.id(), s.label()));
        return targets;
    }

    /** Roles already used in the workflow, to pick from. */
    public List<String> knownRoles() {
        return designer.knownRoles();
    }

    private void update(int index, String field, UnaryOperator<EscalationRule> change) {
        change(field == null ? null : index + ":" + field, list -> {
            list.set(index, change.apply(list.get(index)));
            return list;
        });
    }

    private void change(String field, UnaryOperator<List<EscalationRule>> change) {
        requireState();
        designer.document().updateState(stateId, field == null ? null : "escalation:" + field, s -> {
            s.escalationRules = change.apply(new ArrayList<>(s.escalationRules));
            return s;
        });
    }

    private WorkflowState requireState() {
        if (stateId == null) {
            throw new IllegalStateException("no state is selected");
        }
        return designer.document().state(stateId);
    }

    @Override
    protected void reload() {
        stateId = selectedState();
        List<EscalationRule> now = stateId == null ? List.of() : designer.document().state(stateId).escalationRules();
        if (!rules.equals(now)) {
            rules.setAll(now);
        }
    }

    /** The rules as the document has them now (read-only mirror). */
    public ObservableList<EscalationRule> rules() {
        return rulesView;
    }
}
