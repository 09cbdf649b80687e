package io.buildify.app.entitywizard;

import io.buildify.app.project.ProjectSession;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.validation.EntityValidator;
import io.buildify.core.validation.ValidationProblem;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One entity being edited in the wizard: the live definition, its validation problems and its undo history.
 *
 * <p>Life cycle of an edit: {@link #edit} replaces the live definition and revalidates at once (text fields call it
 * on every keystroke, so problems show while typing); {@link #commit()} writes the live definition to the draft store
 * if it differs from the last saved one and records the saved state for undo. Views commit text fields on Enter and
 * on focus loss; checkboxes, combo boxes and list edits commit immediately ({@link #editAndCommit}).
 * Undo and redo restore whole saved snapshots (definitions are immutable, so a snapshot is one reference).
 */
public final class EntityDocument {
    private static final Logger LOG = LoggerFactory.getLogger(EntityDocument.class);
    private static final int UNDO_LIMIT = 200;

    private final ProjectSession project;
    private final ReadOnlyObjectWrapper<EntityDefinition> definition = new ReadOnlyObjectWrapper<>(this, "definition");
    private final ObservableList<ValidationProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ValidationProblem> readOnlyProblems =
            FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final Deque<EntityDefinition> undoStack = new ArrayDeque<>();
    private final Deque<EntityDefinition> redoStack = new ArrayDeque<>();
    private final EntityDefinition opened;
    private final ReadOnlyBooleanWrapper changedSinceOpened = new ReadOnlyBooleanWrapper(this, "changedSinceOpened");
    private EntityDefinition saved;
    /** True while a save is being written (see {@link #commit()}). */
    private boolean writing;
    /** The server's objection to a name, kept only while the live name is still that name. */
    private String serverCheckedName;
    private ValidationProblem serverNameProblem;

    public EntityDocument(ProjectSession project, EntityDefinition initial) {
        this.project = Objects.requireNonNull(project, "project");
        this.saved = Objects.requireNonNull(initial, "initial");
        this.opened = initial;
        definition.set(initial);
        definition.addListener((obs, old, now) -> changedSinceOpened.set(!now.equals(opened)));
        validate();
    }

    public EntityDefinition definition() {
        return definition.get();
    }

    public String entityId() {
        return saved.id();
    }

    /** Replaces the live definition (not yet saved) and revalidates. */
    public void edit(UnaryOperator<EntityDefinition> change) {
        EntityDefinition next = Objects.requireNonNull(change.apply(definition.get()), "edited definition");
        if (!next.id().equals(saved.id())) {
            throw new IllegalArgumentException("an edit may not change the entity id");
        }
        if (!next.equals(definition.get())) {
            definition.set(next);
            dirty.set(!next.equals(saved));
            validate();
        }
    }

    /** {@link #edit} then {@link #commit()}: for discrete edits such as a checkbox. */
    public void editAndCommit(UnaryOperator<EntityDefinition> change) {
        edit(change);
        commit();
    }

    /** Saves the live definition if it changed since the last save. Invalid drafts are saved too: a draft may be wrong. */
    public void commit() {
        EntityDefinition current = definition.get();
        // A save bumps the project revision, and panels listening to it may call commit again before this save has
        // recorded itself; that inner call would push the same state twice and corrupt the undo history.
        if (writing || current.equals(saved)) {
            return;
        }
        if (persist(current)) {
            pushLimited(undoStack, saved);
            redoStack.clear();
            saved = current;
            updateHistoryFlags();
        }
    }

    public void undo() {
        commit();
        if (undoStack.isEmpty()) {
            return;
        }
        EntityDefinition previous = undoStack.pop();
        if (persist(previous)) {
            redoStack.push(saved);
            restore(previous);
        } else {
            undoStack.push(previous);
        }
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        EntityDefinition next = redoStack.pop();
        if (persist(next)) {
            pushLimited(undoStack, saved);
            restore(next);
        } else {
            redoStack.push(next);
        }
    }

    /**
     * "Cancel": puts the entity back the way it was when this wizard opened it, as one saved and undoable edit, so
     * an accidental cancel is one Ctrl+Z away. Does nothing when nothing changed.
     */
    public void revertToOpened() {
        if (definition.get().equals(opened)) {
            return;
        }
        edit(d -> opened);
        commit();
    }

    /** Adopts a definition written elsewhere (e.g. after a publish) without an undo step. */
    public void reloadFromStore() {
        project.find(entityId()).ifPresent(draft -> restore(draft.definition()));
    }

    /** The first problem at exactly {@code path}, errors before warnings. */
    public Optional<ValidationProblem> problemAt(String path) {
        return problems.stream().filter(p -> p.path().equals(path))
                .min((a, b) -> a.severity().compareTo(b.severity()));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ValidationProblem::isError);
    }

    private void restore(EntityDefinition value) {
        saved = value;
        definition.set(value);
        dirty.set(false);
        validate();
        updateHistoryFlags();
    }

    private boolean persist(EntityDefinition value) {
        writing = true;
        try {
            project.save(value);
            saveError.set("");
            dirty.set(!definition.get().equals(value));
            return true;
        } catch (RuntimeException e) {
            LOG.error("Could not save draft of entity '{}'", value.name(), e);
            saveError.set("Could not save the draft: " + e.getMessage());
            return false;
        } finally {
            writing = false;
        }
    }

    private void validate() {
        EntityDefinition current = definition.get();
        List<ValidationProblem> found = new ArrayList<>(EntityValidator.validate(current));
        boolean nameOk = found.stream().noneMatch(p -> p.path().equals("name") && p.isError());
        if (nameOk && project.nameTaken(current.name(), current.id())) {
            found.add(ValidationProblem.error("name",
                    "an entity named '" + current.name() + "' already exists in this project"));
        }
        if (nameOk && serverNameProblem != null && current.name().equals(serverCheckedName)) {
            found.add(serverNameProblem);
        }
        found.addAll(ProjectChecks.of(project.list(), current));
        problems.setAll(found);
    }

    /** True when the name has an error found here (format, reserved word, another draft), not by the server. */
    public boolean hasLocalNameError() {
        return problems.stream().anyMatch(p -> p.isError() && p.path().equals("name") && p != serverNameProblem);
    }

    /**
     * Records what the server said about {@code name} (see {@link ServerNameCheck}): a problem at path
     * {@code name}, or null when the server has no objection. It shows for as long as the live name is that name.
     */
    public void setServerNameProblem(String name, ValidationProblem problem) {
        serverCheckedName = name;
        serverNameProblem = problem;
        validate();
    }

    private void updateHistoryFlags() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
    }

    private static void pushLimited(Deque<EntityDefinition> stack, EntityDefinition value) {
        stack.push(value);
        while (stack.size() > UNDO_LIMIT) {
            stack.removeLast();
        }
    }

    public ReadOnlyObjectProperty<EntityDefinition> definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    public ObservableList<ValidationProblem> problems() {
        return readOnlyProblems;
    }

    /** True while the live definition has edits not yet written to the draft store. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Empty when the last save worked, else a sentence for the status bar. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** True while the live definition differs from the one this wizard opened with ("Cancel" is possible). */
    public ReadOnlyBooleanProperty changedSinceOpenedProperty() {
        return changedSinceOpened.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
