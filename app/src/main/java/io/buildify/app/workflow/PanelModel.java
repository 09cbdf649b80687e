package io.buildify.app.workflow;

import io.buildify.app.util.LoadGuard;
import io.buildify.app.util.Texts;
import javafx.beans.property.Property;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Base of the designer's form ViewModels: their properties show the document, and a user's change of a property
 * becomes one document edit. While {@link #load} copies the document into the properties, the resulting change
 * events are not edits (they would run a command during the stack's change notification).
 */
abstract class PanelModel {
    protected final WorkflowDesignerViewModel designer;
    private final LoadGuard guard = new LoadGuard();

    PanelModel(WorkflowDesignerViewModel designer) {
        this.designer = Objects.requireNonNull(designer, "designer");
        designer.revisionProperty().addListener((obs, old, now) -> reload());
    }

    /** Copies the document into the properties. */
    protected abstract void reload();

    protected final void load(Runnable copy) {
        guard.load(copy);
    }

    /** Runs {@code edit} with the new value whenever the user (not {@link #load}) changes the property. */
    protected final <T> void onEdit(Property<T> property, Consumer<T> edit) {
        guard.onEdit(property, edit);
    }

    /** The selected element if it is a state (a node on the canvas), else null. */
    protected final String selectedState() {
        String selected = designer.selectedIdProperty().get();
        return selected != null && designer.diagram().model().findNode(selected).isPresent() ? selected : null;
    }

    /** The selected element if it is a transition (an edge on the canvas), else null. */
    protected final String selectedTransition() {
        String selected = designer.selectedIdProperty().get();
        return selected != null && designer.diagram().model().findEdge(selected).isPresent() ? selected : null;
    }

    /** A change to a mutable copy ({@link WorkflowEdits}) as the update function the document takes. */
    static <E> UnaryOperator<E> applying(Consumer<E> change) {
        return copy -> {
            change.accept(copy);
            return copy;
        };
    }

    static String blankToNull(String text) {
        return Texts.strippedOrNull(text);
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** "manager, finance" → [manager, finance]. */
    static List<String> splitList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String joinList(List<String> values) {
        return String.join(", ", values);
    }
}
