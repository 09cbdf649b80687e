package io.buildify.app.workflow;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.workflow.SimulationInput;
import io.buildify.core.workflow.SimulationResult;
import io.buildify.core.workflow.SimulationStep;
import io.buildify.core.workflow.TransitionEvaluation;
import io.buildify.core.workflow.WorkflowSimulator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The simulate panel: sample values for the entity's fields and the user's roles; Run (to the end), Step (one
 * transition more) and Reset. Runs the core {@link WorkflowSimulator} locally, so it works offline and on an
 * unsaved idea. The result is the path (states and transitions to light up on the canvas), each step's outgoing
 * transitions with every condition and whether it held, and the stop reason in words. While a result is shown,
 * every edit of the drawing runs it again, so the lit path always matches the drawing.
 */
public final class SimulationViewModel extends PanelModel {
    private final ObservableList<SimulationValue> values = FXCollections.observableArrayList();
    private final StringProperty roles = new SimpleStringProperty(this, "roles", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ObservableList<String> trace = FXCollections.observableArrayList();
    private final ObservableSet<String> highlighted = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper completed = new ReadOnlyBooleanWrapper(this, "completed");
    private SimulationResult result;
    /** Transitions the shown result may take: 0 = nothing shown, MAX = run to the end. */
    private int allowed;

    SimulationViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
        reload();
    }

    @Override
    protected void reload() {
        Map<String, String> typed = new HashMap<>();
        values.forEach(v -> typed.put(v.field(), v.valueProperty().get()));
        List<SimulationValue> fields = new ArrayList<>();
        designer.entity().map(EntityDefinition::fields).orElse(List.of()).forEach((FieldDefinition f) ->
                fields.add(new SimulationValue(f.name(), f.type().displayName(), typed.getOrDefault(f.name(), ""))));
        boolean same = fields.size() == values.size();
        for (int i = 0; same && i < fields.size(); i++) {
            same = fields.get(i).field().equals(values.get(i).field());
        }
        if (!same) {
            values.setAll(fields);
        }
        if (allowed > 0) {
            simulate();
        }
    }

    /** Runs from the start until the workflow stops by itself. */
    public void run() {
        allowed = Integer.MAX_VALUE;
        simulate();
    }

    /** One transition further than shown (from the start on the first step). */
    public void step() {
        allowed = result == null || allowed == Integer.MAX_VALUE ? 1 : allowed + 1;
        simulate();
    }

    public void reset() {
        allowed = 0;
        result = null;
        trace.clear();
        highlighted.clear();
        outcome.set("");
        completed.set(false);
    }

    private void simulate() {
        Map<String, Object> sample = new HashMap<>();
        values.stream().filter(v -> !v.valueProperty().get().isBlank())
                .forEach(v -> sample.put(v.field(), v.valueProperty().get().strip()));
        SimulationInput input = new SimulationInput(sample, blankToNull(user.get()),
                new HashSet<>(splitList(roles.get())));
        result = new WorkflowSimulator(designer.document().definition()).run(input, allowed);
        List<String> lit = new ArrayList<>(result.pathStateIds());
        lit.addAll(result.pathTransitionIds());
        highlighted.retainAll(lit);
        highlighted.addAll(lit);
        trace.setAll(describe(result));
        outcome.set(result.message());
        completed.set(result.reason() == SimulationResult.StopReason.COMPLETED);
    }

    /** One line per state visited and per outgoing transition looked at, with each condition's result. */
    static List<String> describe(SimulationResult result) {
        List<String> lines = new ArrayList<>();
        int n = 1;
        for (SimulationStep step : result.steps()) {
            lines.add(n++ + ". " + step.stateName());
            for (TransitionEvaluation e : step.evaluated()) {
                boolean taken = e.transitionId().equals(step.takenTransitionId());
                String mark = taken ? "  ➜ took " : e.available() ? "  ○ open  " : "  ✗ closed ";
                String why = !e.allowedForUser() ? " (the user's roles may not take it)"
                        : !e.conditionsHold() ? " (conditions do not hold)" : "";
                lines.add(mark + "'" + e.transitionName() + "'" + why);
                e.conditions().forEach(c -> lines.add("        " + c.condition().field() + " "
                        + c.condition().operator().code() + " " + ConditionRow.format(c.condition().value())
                        + "  →  " + (c.held() ? "true" : "false")));
            }
        }
        return lines;
    }

    public ObservableList<SimulationValue> values() {
        return values;
    }

    /** The user's roles, comma-separated ("employee, manager"). */
    public StringProperty rolesProperty() {
        return roles;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The run, line by line: states, transitions looked at, conditions with their results. */
    public ObservableList<String> trace() {
        return trace;
    }

    /** State and transition ids on the path, for {@code DiagramView.highlightPath}. */
    public ObservableSet<String> highlighted() {
        return highlighted;
    }

    /** Where and why the run stopped ("Reached final state 'approved'"); empty before a run. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completedProperty() {
        return completed.getReadOnlyProperty();
    }

    public SimulationResult result() {
        return result;
    }
}
