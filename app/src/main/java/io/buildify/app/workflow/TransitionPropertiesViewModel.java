package io.buildify.app.workflow;

import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.LogicalOperator;
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
import javafx.collections.FXCollections;
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
    private final ObjectProperty<LogicalOperator> combine =
            new SimpleObjectProperty<>(this, "combine", LogicalOperator.AND);
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList();
    private final StringProperty allowedRoles = new SimpleStringProperty(this, "allowedRoles", "");
    private final StringProperty buttonLabel = new SimpleStringProperty(this, "buttonLabel", "");
    private final ObjectProperty<ButtonStyle> buttonStyle =
            new SimpleObjectProperty<>(this, "buttonStyle", ButtonStyle.PRIMARY);
    private final StringProperty displayOrder = new SimpleStringProperty(this, "displayOrder", "0");
    private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper(this, "route", "");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper conditionProblem = new ReadOnlyStringWrapper(this, "conditionProblem", "");
    private final ReadOnlyStringWrapper orderProblem = new ReadOnlyStringWrapper(this, "orderProblem", "");
    private final ObservableList<String> fieldChoices = FXCollections.observableArrayList();
    private String transitionId;

    TransitionPropertiesViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
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
        onEdit(combine, value -> edit("combine", t -> t.conditions = new ConditionGroup(value,
                t.conditions.conditions())));
        onEdit(allowedRoles, value -> edit("allowed_roles", t -> t.allowedRoles = splitList(value)));
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
        String firstField = fieldChoices.isEmpty() ? "" : fieldChoices.get(0);
        edit("conditions+", t -> {
            List<Condition> list = new java.util.ArrayList<>(t.conditions.conditions());
            list.add(new Condition(firstField, ConditionOperator.EQ, null));
            t.conditions = new ConditionGroup(t.conditions.operator(), list);
            t.conditionType = ConditionType.CONDITIONAL;
        });
    }

    public void removeCondition(ConditionRow row) {
        int index = conditions.indexOf(row);
        if (index >= 0) {
            edit("conditions-", t -> {
                List<Condition> list = new java.util.ArrayList<>(t.conditions.conditions());
                list.remove(index);
                t.conditions = new ConditionGroup(t.conditions.operator(), list);
            });
        }
    }

    /** Called by the view when a row's field, operator or value changes. */
    public void rowEdited(ConditionRow row) {
        if (isLoading() || !conditions.contains(row)) {
            return;
        }
        var entity = designer.entity().orElse(null);
        List<Condition> list = conditions.stream().map(r -> r.toCondition(entity)).toList();
        edit("conditions#" + conditions.indexOf(row), t -> t.conditions = new ConditionGroup(t.conditions.operator(),
                list));
    }

    private void edit(String field, Consumer<WorkflowEdits.Transition> change) {
        if (transitionId != null) {
            designer.document().updateTransition(transitionId, field, t -> {
                change.accept(t);
                return t;
            });
        }
    }

    @Override
    protected void reload() {
        String selected = designer.selectedIdProperty().get();
        boolean isEdge = selected != null && designer.diagram().model().findEdge(selected).isPresent();
        if (!isEdge) {
            transitionId = null;
            active.set(false);
            return;
        }
        boolean otherElement = !selected.equals(transitionId);
        transitionId = selected;
        WorkflowTransition t = designer.document().transition(selected);
        load(() -> {
            List<String> fields = designer.entity().map(e -> e.fields().stream().map(FieldDefinition::name).toList())
                    .orElse(List.of());
            if (!fields.equals(fieldChoices)) {
                fieldChoices.setAll(fields); // only on change: resetting a combo box's items clears what it shows
            }
            name.set(t.name());
            label.set(t.label());
            description.set(nullToEmpty(t.description()));
            conditionType.set(t.conditionType());
            combine.set(t.conditions().operator());
            List<Condition> now = t.conditions().conditions();
            boolean same = now.size() == conditions.size();
            for (int i = 0; same && i < now.size(); i++) {
                same = conditions.get(i).shows(now.get(i));
            }
            if (!same || otherElement) {
                conditions.setAll(now.stream().map(ConditionRow::new).toList());
            }
            if (!splitList(allowedRoles.get()).equals(t.allowedRoles())) {
                allowedRoles.set(joinList(t.allowedRoles()));
            }
            buttonLabel.set(nullToEmpty(t.buttonLabel()));
            buttonStyle.set(t.buttonStyle() == null ? ButtonStyle.PRIMARY : t.buttonStyle());
            if (otherElement || orderProblem.get().isEmpty()) {
                displayOrder.set(String.valueOf(t.displayOrder()));
            }
        });
        if (otherElement) {
            orderProblem.set("");
        }
        route.set(designer.document().state(t.fromStateId()).label() + "  →  "
                + designer.document().state(t.toStateId()).label());
        List<WorkflowMarker> mine = designer.problems().stream().filter(m -> m.elementId().equals(selected)).toList();
        nameProblem.set(mine.stream().filter(m -> m.code().equals("invalid_name")).map(WorkflowMarker::message)
                .findFirst().orElse(""));
        conditionProblem.set(String.join("\n", mine.stream().filter(m -> !m.code().equals("invalid_name"))
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

    public ObjectProperty<LogicalOperator> combineProperty() {
        return combine;
    }

    public ObservableList<ConditionRow> conditions() {
        return conditions;
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
        return conditionProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty orderProblemProperty() {
        return orderProblem.getReadOnlyProperty();
    }

    /** Field names of the workflow's entity, for the condition rows. */
    public ObservableList<String> fieldChoices() {
        return fieldChoices;
    }
}
