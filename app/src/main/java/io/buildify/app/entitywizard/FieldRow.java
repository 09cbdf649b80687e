package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;

/**
 * One row of the custom-field table. A row keeps its identity (the field id) while the field is edited, so the
 * table's selection survives edits; its properties are refreshed in place.
 */
public final class FieldRow {
    private final String fieldId;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label");
    private final ReadOnlyObjectWrapper<FieldType> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final ReadOnlyBooleanWrapper required = new ReadOnlyBooleanWrapper(this, "required");
    private final ReadOnlyBooleanWrapper unique = new ReadOnlyBooleanWrapper(this, "unique");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    FieldRow(FieldDefinition field) {
        this.fieldId = Objects.requireNonNull(field, "field").id();
        update(field);
    }

    void update(FieldDefinition field) {
        name.set(field.name());
        label.set(field.label());
        type.set(field.type());
        required.set(field.required());
        unique.set(field.unique());
    }

    void setProblem(String message) {
        problem.set(message == null ? "" : message);
    }

    public String fieldId() {
        return fieldId;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldType> typeProperty() {
        return type.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty requiredProperty() {
        return required.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty uniqueProperty() {
        return unique.getReadOnlyProperty();
    }

    /** The first error of this field, empty if none; the table marks such rows. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name.get();
    }
}
