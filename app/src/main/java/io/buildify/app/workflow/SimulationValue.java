package io.buildify.app.workflow;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A sample value for one field of the workflow's entity, as typed in the simulate panel. */
public final class SimulationValue {
    private final String field;
    private final String typeName;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    SimulationValue(String field, String typeName, String initial) {
        this.field = field;
        this.typeName = typeName;
        value.set(initial);
    }

    public String field() {
        return field;
    }

    /** The field's type as the user knows it ("Decimal"). */
    public String typeName() {
        return typeName;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
