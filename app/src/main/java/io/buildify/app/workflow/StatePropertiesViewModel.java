package io.buildify.app.workflow;

import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.Names;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.workflow.WorkflowMarker;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Properties of the selected state. Each change is one document edit (merged while typing in the same field);
 * text that cannot be a value yet (an SLA of "abc", a colour of "#12") stays in the field with a message and
 * leaves the document alone. Rule findings of the state (duplicate name, no approver role) show beside the fields.
 */
public final class StatePropertiesViewModel extends PanelModel {
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<StateType> type = new SimpleObjectProperty<>(this, "type", StateType.TASK);
    private final StringProperty color = new SimpleStringProperty(this, "color", "");
    private final BooleanProperty isFinal = new SimpleBooleanProperty(this, "final");
    private final StringProperty approverRoles = new SimpleStringProperty(this, "approverRoles", "");
    private final StringProperty requiredApprovers = new SimpleStringProperty(this, "requiredApprovers", "1");
    private final StringProperty slaHours = new SimpleStringProperty(this, "slaHours", "");
    private final StringProperty requiredFields = new SimpleStringProperty(this, "requiredFields", "");
    private final ReadOnlyStringWrapper requiredFieldsProblem =
            new ReadOnlyStringWrapper(this, "requiredFieldsProblem", "");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper colorProblem = new ReadOnlyStringWrapper(this, "colorProblem", "");
    private final ReadOnlyStringWrapper approverProblem = new ReadOnlyStringWrapper(this, "approverProblem", "");
    private final ReadOnlyStringWrapper approverEntryProblem =
            new ReadOnlyStringWrapper(this, "approverEntryProblem", "");
    private final ReadOnlyStringWrapper requiredProblem = new ReadOnlyStringWrapper(this, "requiredProblem", "");
    private final ReadOnlyStringWrapper slaProblem = new ReadOnlyStringWrapper(this, "slaProblem", "");
    private final ObservableList<String> otherProblems = FXCollections.observableArrayList();
    private String stateId;

    StatePropertiesViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
        designer.selectedIdProperty().addListener((obs, old, now) -> reload());
        onEdit(name, value -> edit("name", s -> s.name = value.strip()));
        onEdit(label, value -> edit("label", s -> {
            if (s.name.equals(Names.snakeCaseOf(s.label))) {
                s.name = Names.snakeCaseOf(value);
            }
            s.label = value;
        }));
        onEdit(description, value -> edit("description", s -> s.description = blankToNull(value)));
        onEdit(type, value -> {
            String id = stateId;
            designer.document().retype(id, value);
            designer.select(id); // the canvas replaced the node, which dropped it from the selection
        });
        onEdit(color, value -> {
            boolean valid = value.isBlank() || WorkflowNodeTypes.parseColor(value).isPresent();
            colorProblem.set(valid ? "" : "A colour is written #rgb or #rrggbb, e.g. #2f6fed (empty: the type's colour)");
            if (valid) {
                edit("color", s -> s.color = blankToNull(value));
            }
        });
        onEdit(isFinal, value -> edit("final", s -> s.isFinal = value));
        onEdit(approverRoles, value -> {
            approverEntryProblem.set(RoleEntries.problem(value));
            if (approverEntryProblem.get().isEmpty()) {
                edit("approver_roles", s -> s.approval = new ApprovalConfig(splitList(value),
                        s.approval == null ? 1 : s.approval.requiredApprovers()));
            }
        });
        onEdit(requiredApprovers, value -> wholeNumber(value, requiredProblem, "How many approvers must approve: "
                + "a whole number, 1 or more").ifPresent(count -> edit("required_approvers", s -> s.approval =
                new ApprovalConfig(s.approval == null ? List.of() : s.approval.approverRoles(), count))));
        onEdit(requiredFields, value -> edit("required_fields", s -> s.requiredFields = splitList(value)));
        onEdit(slaHours, value -> {
            if (value.isBlank()) {
                slaProblem.set("");
                edit("sla_hours", s -> s.slaHours = null);
            } else {
                wholeNumber(value, slaProblem, "The SLA is a whole number of hours, e.g. 24 (empty: none)")
                        .ifPresent(hours -> edit("sla_hours", s -> s.slaHours = hours));
            }
        });
        reload();
    }

    private static java.util.Optional<Integer> wholeNumber(String text, ReadOnlyStringWrapper problem, String message) {
        String t = text.strip();
        if (t.matches("\\d{1,6}") && Integer.parseInt(t) > 0) {
            problem.set("");
            return java.util.Optional.of(Integer.parseInt(t));
        }
        problem.set(message);
        return java.util.Optional.empty();
    }

    private void edit(String field, java.util.function.Consumer<WorkflowEdits.State> change) {
        if (stateId != null) {
            designer.document().updateState(stateId, field, applying(change));
        }
    }

    @Override
    protected void reload() {
        String selected = selectedState();
        if (selected == null) {
            stateId = null;
            active.set(false);
            return;
        }
        boolean otherElement = !selected.equals(stateId);
        stateId = selected;
        WorkflowState s = designer.document().state(selected);
        load(() -> {
            name.set(s.name());
            label.set(s.label());
            description.set(nullToEmpty(s.description()));
            type.set(s.type());
            isFinal.set(s.isFinal());
            if (otherElement || colorProblem.get().isEmpty()) {
                color.set(nullToEmpty(s.color()));
            }
            List<String> roles = s.approval() == null ? List.of() : s.approval().approverRoles();
            if ((otherElement || approverEntryProblem.get().isEmpty())
                    && !splitList(approverRoles.get()).equals(roles)) {
                approverRoles.set(joinList(roles));
            }
            if (otherElement || requiredProblem.get().isEmpty()) {
                requiredApprovers.set(String.valueOf(s.approval() == null ? 1 : s.approval().requiredApprovers()));
            }
            if (!splitList(requiredFields.get()).equals(s.requiredFields())) {
                requiredFields.set(joinList(s.requiredFields()));
            }
            if (otherElement || slaProblem.get().isEmpty()) {
                slaHours.set(s.slaHours() == null ? "" : s.slaHours().toString());
            }
        });
        if (otherElement) {
            approverEntryProblem.set("");
            colorProblem.set("");
            requiredProblem.set("");
            slaProblem.set("");
        }
        List<WorkflowMarker> mine = designer.problems().stream().filter(m -> m.elementId().equals(selected)).toList();
        nameProblem.set(mine.stream().filter(m -> m.code().equals("invalid_name") || m.code().equals(
                "duplicate_state_name")).map(WorkflowMarker::message).findFirst().orElse(""));
        approverProblem.set(mine.stream().filter(m -> m.code().equals("no_approver_role"))
                .map(WorkflowMarker::message).findFirst().orElse(""));
        requiredFieldsProblem.set(String.join("\n", mine.stream().filter(m -> m.code().equals("bad_required_field"))
                .map(WorkflowMarker::message).toList()));
        otherProblems.setAll(mine.stream().filter(m -> !List.of("invalid_name", "duplicate_state_name", // actions:
                "no_approver_role", "bad_required_field", "bad_action").contains(m.code())) // in their boxes
                .map(WorkflowMarker::message).toList());
        active.set(true);
    }

    /** True while a state is selected (the panel shows). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<StateType> typeProperty() {
        return type;
    }

    public StringProperty colorProperty() {
        return color;
    }

    public BooleanProperty finalProperty() {
        return isFinal;
    }

    public StringProperty approverRolesProperty() {
        return approverRoles;
    }

    public StringProperty requiredApproversProperty() {
        return requiredApprovers;
    }

    public StringProperty slaHoursProperty() {
        return slaHours;
    }

    /** Fields that must be filled in this state, comma-separated. */
    public StringProperty requiredFieldsProperty() {
        return requiredFields;
    }

    public ReadOnlyStringProperty requiredFieldsProblemProperty() {
        return requiredFieldsProblem.getReadOnlyProperty();
    }

    /** Roles already used in this and the project's other workflows, suggested for the approvers. */
    public List<String> knownRoles() {
        return designer.knownRoles();
    }

    /** Field names of the workflow's entity, suggested for the required fields. */
    public List<String> fieldNames() {
        return designer.fieldNames();
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty colorProblemProperty() {
        return colorProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty approverProblemProperty() {
        return approverProblem.getReadOnlyProperty();
    }

    /** What is wrong with the approver roles as typed (an empty entry, a space in a name, a role twice). */
    public ReadOnlyStringProperty approverEntryProblemProperty() {
        return approverEntryProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requiredProblemProperty() {
        return requiredProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty slaProblemProperty() {
        return slaProblem.getReadOnlyProperty();
    }

    /** Other findings of the rules on this state (unreachable, dead end, …). */
    public ObservableList<String> otherProblems() {
        return otherProblems;
    }
}
