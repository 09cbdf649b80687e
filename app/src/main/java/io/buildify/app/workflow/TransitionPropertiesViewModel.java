package io.buildify.app.workflow;

import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.Names;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.workflow.WorkflowMarker;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * Properties of the selected transition: names, when it may be taken (always, on conditions combined with AND/OR,
 * or by an approver), who may take it, and its button. Condition rows are rebuilt only when the document says
 * something else than they show (undo, another transition), so typing in a row keeps its focus.
 */
public final class TransitionPropertiesViewModel extends PanelModel {
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<ConditionType> conditionType =
            new SimpleObjectProperty<>(this, "conditionType", ConditionType.ALWAYS);
    private final ConditionListModel conditions;
    private final StringProperty allowedRoles = new SimpleStringProperty(this, "allowedRoles", "");
    private final StringProperty buttonLabel = new SimpleStringProperty(this, "buttonLabel", "");
    private final ObjectProperty<ButtonStyle> buttonStyle =
            new SimpleObjectProperty<>(this, "buttonStyle", ButtonStyle.PRIMARY);
    private final StringProperty displayOrder = new SimpleStringProperty(this, "displayOrder", "0");
    private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper(this, "route", "");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper orderProblem = new ReadOnlyStringWrapper(this, "orderProblem", "");
    private final ReadOnlyStringWrapper rolesProblem = new ReadOnlyStringWrapper(this, "rolesProblem", "");
    private String transitionId;

    TransitionPropertiesViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
        conditions = new ConditionListModel(() -> designer.entity().orElse(null), (field, change) -> edit(field, t -> {
            t.conditions = change.apply(t.conditions);
            if (field.equals("conditions+")) {
                t.conditionType = ConditionType.CONDITIONAL; // adding a condition makes the transition conditional
            }
        }));
        designer.selectedIdProperty().addListener((obs, old, now) -> reload());
        onEdit(name, value -> edit("name", t -> t.name = value.strip()));
        onEdit(label, value -> edit("label", t -> {
            if (t.name.equals(Names.snakeCaseOf(t.label)) && !value.isBlank()) {
                t.name = Names.snakeCaseOf(value);
            }
            if (t.buttonLabel == null || t.buttonLabel.isBlank() || t.buttonLabel.equals(t.label)
                    || t.buttonLabel.equals(Names.labelOf(t.name))) {
                t.buttonLabel = value;
            }
            t.label = value;
        }));
        onEdit(description, value -> edit("description", t -> t.description = blankToNull(value)));
        onEdit(conditionType, value -> edit("condition_type", t -> t.conditionType = value));
        onEdit(allowedRoles, value -> {
            rolesProblem.set(RoleEntries.problem(value));
            if (rolesProblem.get().isEmpty()) {
                edit("allowed_roles", t -> t.allowedRoles = splitList(value));
            }
        });
        onEdit(buttonLabel, value -> edit("button_label", t -> t.buttonLabel = blankToNull(value)));
        onEdit(buttonStyle, value -> edit("button_style", t -> t.buttonStyle = value));
        onEdit(displayOrder, value -> {
            if (value.strip().matches("\\d{1,4}")) {
                orderProblem.set("");
                edit("display_order", t -> t.displayOrder = Integer.parseInt(value.strip()));
            } else {
                orderProblem.set("The display order is a whole number, 0 or more (buttons are shown in this order)");
            }
        });
        reload();
    }

    /** Adds an empty condition on the first field of the entity (or none) and makes the transition conditional. */
    public void addCondition() {
        conditions.add();
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
    }

    /** Called by the view when a row's field, operator or value changes. */
    public void rowEdited(ConditionRow row) {
        conditions.rowEdited(row);
    }

    private void edit(String field, Consumer<WorkflowEdits.Transition> change) {
        if (transitionId != null) {
            designer.document().updateTransition(transitionId, field, applying(change));
        }
    }

    @Override
    protected void reload() {
        String selected = selectedTransition();
        if (selected == null) {
            transitionId = null;
            active.set(false);
            return;
        }
        boolean otherElement = !selected.equals(transitionId);
        transitionId = selected;
        WorkflowTransition t = designer.document().transition(selected);
        conditions.show(t.conditions(), designer.fieldNames(), otherElement);
        load(() -> {
            name.set(t.name());
            label.set(t.label());
            description.set(nullToEmpty(t.description()));
            conditionType.set(t.conditionType());
            if ((otherElement || rolesProblem.get().isEmpty())
                    && !splitList(allowedRoles.get()).equals(t.allowedRoles())) {
                allowedRoles.set(joinList(t.allowedRoles()));
            }
            buttonLabel.set(nullToEmpty(t.buttonLabel()));
            buttonStyle.set(t.buttonStyle() == null ? ButtonStyle.PRIMARY : t.buttonStyle());
            if (otherElement || orderProblem.get().isEmpty()) {
                displayOrder.set(String.valueOf(t.displayOrder()));
            }
        });
        if (otherElement) {
            rolesProblem.set("");
            orderProblem.set("");
        }
        route.set(designer.document().state(t.fromStateId()).label() + "  →  "
                + designer.document().state(t.toStateId()).label());
        List<WorkflowMarker> mine = designer.problems().stream().filter(m -> m.elementId().equals(selected)).toList();
        nameProblem.set(mine.stream().filter(m -> m.code().equals("invalid_name")).map(WorkflowMarker::message)
                .findFirst().orElse(""));
        conditions.setProblem(String.join("\n", mine.stream() // action problems show in the action's box
                .filter(m -> !m.code().equals("invalid_name") && !m.code().equals("bad_action"))
                .map(WorkflowMarker::message).toList()));
        active.set(true);
    }

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

    public ObjectProperty<ConditionType> conditionTypeProperty() {
        return conditionType;
    }

    /** The transition's conditions (rows, AND/OR, field choices, findings). */
    public ConditionListModel conditionList() {
        return conditions;
    }

    public ObservableList<ConditionRow> conditions() {
        return conditions.rows();
    }

    public StringProperty allowedRolesProperty() {
        return allowedRoles;
    }

    public StringProperty buttonLabelProperty() {
        return buttonLabel;
    }

    public ObjectProperty<ButtonStyle> buttonStyleProperty() {
        return buttonStyle;
    }

    public StringProperty displayOrderProperty() {
        return displayOrder;
    }

    /** "Draft → Manager approval". */
    public ReadOnlyStringProperty routeProperty() {
        return route.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    /** The rules' findings on this transition's conditions (unknown field, wrong value type). */
    public ReadOnlyStringProperty conditionProblemProperty() {
        return conditions.problemProperty();
    }

    /** What is wrong with the allowed roles as typed (an empty entry, a space in a name, a role twice). */
    public ReadOnlyStringProperty rolesProblemProperty() {
        return rolesProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty orderProblemProperty() {
        return orderProblem.getReadOnlyProperty();
    }

    /** Roles already used in this and the project's other workflows, suggested for the allowed roles. */
    public List<String> knownRoles() {
        return designer.knownRoles();
    }

}
