package io.buildify.app.main;

import io.buildify.app.entitywizard.EntityDocument;
import io.buildify.app.workflow.WorkflowDesignerViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar and the Undo/Redo buttons show for the editor that is open: an entity's document (a text edit
 * may wait to be saved), a workflow designer (every edit saved at once), or nothing.
 */
final class EditorStatus {
    private static final String ENTITY_UNDO = "Undo the last change of this entity";
    private static final String ENTITY_REDO = "Redo the change undone last";

    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final StringProperty saveError = new SimpleStringProperty(this, "saveError", "");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", ENTITY_UNDO);
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", ENTITY_REDO);
    private final BooleanProperty undoable = new SimpleBooleanProperty(this, "undoable");
    private final BooleanProperty redoable = new SimpleBooleanProperty(this, "redoable");
    private final StringBinding saveStatus = Bindings.createStringBinding(this::describeSaveState, dirty, saveError);
    private final BooleanBinding canUndo = undoable.or(dirty);
    private final BooleanBinding canRedo = redoable.and(dirty.not());

    /** Follows an entity's document, or shows nothing open when it is null. */
    void follow(EntityDocument document) {
        undoText.unbind();
        redoText.unbind();
        undoText.set(ENTITY_UNDO);
        redoText.set(ENTITY_REDO);
        unbindFlags();
        if (document == null) {
            dirty.set(false);
            saveError.set("");
            undoable.set(false);
            redoable.set(false);
            return;
        }
        dirty.bind(document.dirtyProperty());
        saveError.bind(document.saveErrorProperty());
        undoable.bind(document.canUndoProperty());
        redoable.bind(document.canRedoProperty());
    }

    /** Follows the workflow designer: nothing waits to be saved, and its undo texts name the change. */
    void follow(WorkflowDesignerViewModel designer) {
        unbindFlags();
        dirty.set(false);
        saveError.bind(designer.saveErrorProperty());
        undoable.bind(designer.canUndoProperty());
        redoable.bind(designer.canRedoProperty());
        undoText.bind(designer.undoTextProperty());
        redoText.bind(designer.redoTextProperty());
    }

    private void unbindFlags() {
        dirty.unbind();
        saveError.unbind();
        undoable.unbind();
        redoable.unbind();
    }

    private String describeSaveState() {
        if (!saveError.get().isEmpty()) {
            return saveError.get();
        }
        return dirty.get() ? "Saving…" : "All changes saved"; // a pending edit is saved when typing pauses
    }

    ReadOnlyStringProperty undoText() {
        return undoText;
    }

    ReadOnlyStringProperty redoText() {
        return redoText;
    }

    StringBinding saveStatus() {
        return saveStatus;
    }

    BooleanBinding canUndo() {
        return canUndo;
    }

    BooleanBinding canRedo() {
        return canRedo;
    }
}
