package io.buildify.app.audit;

import io.buildify.app.drafts.EditLog;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The change history of one definition from the draft store's edit log (SPEC §3): every save, publish and delete
 * with time, who and a summary, newest first; for the selected change the field-level difference and the whole
 * definition before and after.
 */
public final class DefinitionHistoryViewModel {
    private final EditLog log;
    private final Supplier<List<DefinitionRef>> definitions;
    private final ObservableList<DefinitionRef> choices = FXCollections.observableArrayList();
    private final ObjectProperty<DefinitionRef> definition = new SimpleObjectProperty<>(this, "definition");
    private final ObservableList<DraftChange> entries = FXCollections.observableArrayList();
    private final ObjectProperty<DraftChange> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper beforeText = new ReadOnlyStringWrapper(this, "beforeText", "");
    private final ReadOnlyStringWrapper afterText = new ReadOnlyStringWrapper(this, "afterText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param definitions the entities and workflows of the project now, read at every {@link #reload()} */
    public DefinitionHistoryViewModel(EditLog log, Supplier<List<DefinitionRef>> definitions) {
        this.log = Objects.requireNonNull(log, "log");
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        definition.addListener((obs, old, now) -> loadEntries());
        selected.addListener((obs, old, now) -> showChange(now));
        reload();
    }

    /** Reads the project's definitions again and the selected one's history. */
    public void reload() {
        DefinitionRef current = definition.get();
        choices.setAll(definitions.get());
        if (current == null) {
            loadEntries();
        } else {
            // A deleted definition keeps its history on screen (the log keeps it too).
            choices.stream().filter(ref -> ref.id().equals(current.id())).findFirst()
                    .ifPresentOrElse(definition::set, this::loadEntries);
        }
    }

    /** Shows the history of the definition with {@code id}, when the project has it. */
    public void select(String id) {
        choices.stream().filter(ref -> ref.id().equals(id)).findFirst().ifPresent(definition::set);
    }

    private void loadEntries() {
        DefinitionRef ref = definition.get();
        selected.set(null);
        if (ref == null) {
            entries.clear();
            message.set("Choose an entity or workflow to see its changes.");
            return;
        }
        entries.setAll(log.entries(ref.id()).stream().map(DraftChange::of).toList());
        message.set(entries.isEmpty() ? "No changes recorded for " + ref + "."
                : entries.size() + (entries.size() == 1 ? " change" : " changes") + " of " + ref + ", newest first.");
        if (!entries.isEmpty()) {
            selected.set(entries.get(0));
        }
    }

    private void showChange(DraftChange entry) {
        if (entry == null) {
            changes.clear();
            beforeText.set("");
            afterText.set("");
            return;
        }
        beforeText.set(entry.beforeJson() == null ? "(none)" : pretty(entry.beforeJson()));
        afterText.set(entry.afterJson() == null ? "(none)" : pretty(entry.afterJson()));
        try {
            changes.setAll(JsonDiff.between(entry.beforeJson(), entry.afterJson()));
        } catch (IllegalArgumentException e) {
            changes.clear();
            message.set("Change #" + entry.sequence() + " cannot be compared: " + e.getMessage());
        }
    }

    private static String pretty(String json) {
        try {
            var mapper = io.buildify.core.json.JsonCodec.mapper();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json; // shown as stored
        }
    }

    /** The project's entities and workflows. */
    public ObservableList<DefinitionRef> choices() {
        return choices;
    }

    public ObjectProperty<DefinitionRef> definitionProperty() {
        return definition;
    }

    /** The edit log rows of the chosen definition, newest first. */
    public ObservableList<DraftChange> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ObjectProperty<DraftChange> selectedProperty() {
        return selected;
    }

    /** What the selected change changed, leaf by leaf. */
    public ObservableList<FieldChange> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    /** The definition before the selected change, indented JSON, or "(none)" before a creation. */
    public ReadOnlyStringProperty beforeTextProperty() {
        return beforeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty afterTextProperty() {
        return afterText.getReadOnlyProperty();
    }

    /** How many changes, or why there are none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
