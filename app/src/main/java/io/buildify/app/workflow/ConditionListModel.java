package io.buildify.app.workflow;

import io.buildify.app.util.LoadGuard;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.LogicalOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An editable group of conditions {@code {field, operator, value}} combined with AND/OR — a transition's or the
 * trigger's. Rows are rebuilt only when the document says something else than they show (undo, another element),
 * so typing in a row keeps its focus. Each change goes to {@code write} as (merge key, group change).
 */
public final class ConditionListModel {
    private final ObservableList<ConditionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LogicalOperator> combine =
            new SimpleObjectProperty<>(this, "combine", LogicalOperator.AND);
    private final ObservableList<String> fieldChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Supplier<EntityDefinition> entity;
    private final BiConsumer<String, UnaryOperator<ConditionGroup>> write;
    /** Showing the document's group does not count as an edit. */
    private final LoadGuard loads = new LoadGuard();

    ConditionListModel(Supplier<EntityDefinition> entity, BiConsumer<String, UnaryOperator<ConditionGroup>> write) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.write = Objects.requireNonNull(write, "write");
        loads.onEdit(combine, now -> {
            if (now != null) {
                write.accept("combine", g -> new ConditionGroup(now, g.conditions()));
            }
        });
    }

    /** Shows a group from the document; {@code otherElement} forces new rows (the selection changed). */
    void show(ConditionGroup group, List<String> fields, boolean otherElement) {
        loads.load(() -> {
            if (!fields.equals(fieldChoices)) {
                fieldChoices.setAll(fields); // only on change: resetting a combo box's items clears what it shows
            }
            combine.set(group.operator());
            List<Condition> now = group.conditions();
            boolean same = now.size() == rows.size();
            for (int i = 0; same && i < now.size(); i++) {
                same = rows.get(i).shows(now.get(i));
            }
            if (!same || otherElement) {
                rows.setAll(now.stream().map(ConditionRow::new).toList());
            }
        });
    }

    void setProblem(String text) {
        problem.set(text);
    }

    /** Adds an empty condition on the entity's first field (or none). */
    public void add() {
        String firstField = fieldChoices.isEmpty() ? "" : fieldChoices.get(0);
        write.accept("conditions+", g -> {
            List<Condition> list = new ArrayList<>(g.conditions());
            list.add(new Condition(firstField, ConditionOperator.EQ, null));
            return new ConditionGroup(g.operator(), list);
        });
    }

    public void remove(ConditionRow row) {
        int index = rows.indexOf(row);
        if (index >= 0) {
            write.accept("conditions-", g -> {
                List<Condition> list = new ArrayList<>(g.conditions());
                list.remove(index);
                return new ConditionGroup(g.operator(), list);
            });
        }
    }

    /** Called by the view when a row's field, operator or value changes. */
    public void rowEdited(ConditionRow row) {
        if (loads.isLoading() || !rows.contains(row)) {
            return;
        }
        List<Condition> list = rows.stream().map(r -> r.toCondition(entity.get())).toList();
        write.accept("conditions#" + rows.indexOf(row), g -> new ConditionGroup(g.operator(), list));
    }

    public ObservableList<ConditionRow> rows() {
        return rows;
    }

    public ObjectProperty<LogicalOperator> combineProperty() {
        return combine;
    }

    /** Field names of the workflow's entity, for the rows' field boxes. */
    public ObservableList<String> fieldChoices() {
        return fieldChoices;
    }

    /** The rules' findings on these conditions (unknown field, wrong value type). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
