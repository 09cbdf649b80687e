package io.buildify.app.workflow;

import io.buildify.core.model.TriggerType;
import io.buildify.core.model.WorkflowTrigger;
import io.buildify.core.workflow.Schedules;
import io.buildify.core.workflow.WorkflowMarker;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The workflow's trigger (SPEC §2): manual, on create / on update / on a change of chosen fields (each with
 * conditions), or scheduled (cron or "every 2 hours"). A schedule that cannot be read stays in its box with a
 * message; the trigger's rule findings (no schedule, unknown watched field, no entity) show below.
 */
public final class TriggerViewModel extends PanelModel {
    private static final Set<String> CODES = Set.of("invalid_schedule", "trigger_without_fields",
            "bad_trigger_field", "trigger_without_entity");

    private final ObjectProperty<TriggerType> type = new SimpleObjectProperty<>(this, "type", TriggerType.MANUAL);
    private final StringProperty schedule = new SimpleStringProperty(this, "schedule", "");
    private final StringProperty fields = new SimpleStringProperty(this, "fields", "");
    private final ReadOnlyStringWrapper scheduleProblem = new ReadOnlyStringWrapper(this, "scheduleProblem", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ConditionListModel conditions;

    TriggerViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
        conditions = new ConditionListModel(() -> designer.entity().orElse(null), (field, change) ->
                edit("trigger_" + field, t -> new WorkflowTrigger(t.type(), change.apply(t.conditions()),
                        t.schedule(), t.fields())));
        onEdit(type, value -> edit("trigger", t -> new WorkflowTrigger(value, t.conditions(), t.schedule(),
                t.fields())));
        onEdit(fields, value -> edit("trigger_fields", t -> new WorkflowTrigger(t.type(), t.conditions(),
                t.schedule(), splitList(value))));
        onEdit(schedule, value -> {
            String text = value.strip();
            scheduleProblem.set(text.isEmpty() ? "" : Schedules.problem(text).orElse(""));
            if (scheduleProblem.get().isEmpty()) {
                edit("trigger_schedule", t -> new WorkflowTrigger(t.type(), t.conditions(), blankToNull(text),
                        t.fields()));
            }
        });
        reload();
    }

    private void edit(String field, UnaryOperator<WorkflowTrigger> change) {
        designer.document().updateHeader(field, h -> {
            h.trigger = change.apply(h.trigger);
            return h;
        });
    }

    @Override
    protected void reload() {
        WorkflowTrigger t = designer.document().header().trigger();
        conditions.show(t.conditions(), designer.fieldNames(), false);
        load(() -> {
            type.set(t.type());
            if (!splitList(fields.get()).equals(t.fields())) {
                fields.set(joinList(t.fields()));
            }
            if (scheduleProblem.get().isEmpty()) {
                schedule.set(nullToEmpty(t.schedule()));
            }
        });
        List<WorkflowMarker> mine = designer.problems().stream()
                .filter(m -> m.elementId().isEmpty() && CODES.contains(m.code())).toList();
        problem.set(String.join("\n", mine.stream().map(WorkflowMarker::message).toList()));
        conditions.setProblem(String.join("\n", designer.problems().stream().filter(m -> m.elementId().isEmpty()
                && m.code().equals("bad_condition")).map(WorkflowMarker::message).toList()));
    }

    public ObjectProperty<TriggerType> typeProperty() {
        return type;
    }

    /** A cron expression ("0 9 * * 1-5") or an interval ("every 2 hours"); for scheduled triggers. */
    public StringProperty scheduleProperty() {
        return schedule;
    }

    /** The fields whose change starts the workflow, comma-separated; for "on field change". */
    public StringProperty fieldsProperty() {
        return fields;
    }

    /** What is wrong with the schedule being typed (empty: nothing). */
    public ReadOnlyStringProperty scheduleProblemProperty() {
        return scheduleProblem.getReadOnlyProperty();
    }

    /** The rules' findings on the trigger. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ConditionListModel conditions() {
        return conditions;
    }

    /** Field names of the entity, suggested for the watched fields. */
    public List<String> fieldNames() {
        return designer.fieldNames();
    }

    /** Whether the trigger type takes conditions (every automatic one) — what the form shows. */
    public static boolean takesConditions(TriggerType type) {
        return type != TriggerType.MANUAL && type != null;
    }

    static String label(TriggerType type) {
        return switch (type) {
            case MANUAL -> "Manual (started by a user)";
            case ON_CREATE -> "When a record is created";
            case ON_UPDATE -> "When a record is updated";
            case ON_FIELD_CHANGE -> "When chosen fields change";
            case SCHEDULED -> "On a schedule";
        };
    }
}
