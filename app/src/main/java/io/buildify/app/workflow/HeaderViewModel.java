package io.buildify.app.workflow;

import io.buildify.core.model.Names;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.WorkflowMarker;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workflow header: name, label, description, category, the entity it applies to (one of the project's entity
 * drafts); the trigger has its own {@link TriggerViewModel}. The name follows the label until it is edited by hand, as in the entity wizard.
 */
public final class HeaderViewModel extends PanelModel {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty entityName = new SimpleStringProperty(this, "entityName", "");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ObservableList<String> entityChoices = FXCollections.observableArrayList();

    HeaderViewModel(WorkflowDesignerViewModel designer) {
        super(designer);
        onEdit(name, value -> designer.document().updateHeader("name", h -> {
            h.name = value.strip();
            return h;
        }));
        onEdit(label, value -> designer.document().updateHeader("label", h -> {
            if (h.name.equals(Names.snakeCaseOf(h.label))) {
                h.name = Names.snakeCaseOf(value);
            }
            h.label = value;
            return h;
        }));
        onEdit(description, value -> designer.document().updateHeader("description", h -> {
            h.description = blankToNull(value);
            return h;
        }));
        onEdit(category, value -> designer.document().updateHeader("category", h -> {
            h.category = blankToNull(value);
            return h;
        }));
        onEdit(entityName, value -> designer.document().updateHeader("entity", h -> {
            h.entityName = blankToNull(value);
            return h;
        }));
        reload();
    }

    @Override
    protected void reload() {
        WorkflowDefinition h = designer.document().header();
        load(() -> {
            entityChoices.setAll(designer.entityNames());
            name.set(h.name());
            label.set(h.label());
            description.set(nullToEmpty(h.description()));
            category.set(nullToEmpty(h.category()));
            entityName.set(nullToEmpty(h.entityName()));
        });
        nameProblem.set(designer.problems().stream()
                .filter(m -> m.elementId().isEmpty() && m.code().equals("invalid_name"))
                .map(WorkflowMarker::message).findFirst()
                .orElse(designer.nameTakenByAnotherWorkflow(h.name())
                        ? "Another workflow is already named '" + h.name() + "'" : ""));
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

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty entityNameProperty() {
        return entityName;
    }

    /** Entity drafts of the project, by name. */
    public ObservableList<String> entityChoices() {
        return entityChoices;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }
}
