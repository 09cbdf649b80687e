package io.buildify.app.explorer;

import io.buildify.app.drafts.DamagedDraft;
import io.buildify.app.projectfiles.FileFilter;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.util.AtomicFiles;
import io.buildify.app.workflow.WorkflowProject;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The entity and workflow drafts whose stored JSON cannot be read. They are left out of the normal lists (so one
 * bad row never hides the others) and shown here with their reason, to be exported as stored or deleted; the
 * deletion's audit-trail row keeps the text, so nothing is lost either way. Reloads when either kind changes.
 */
public final class DamagedDraftsViewModel {
    private final ProjectSession entities;
    private final WorkflowProject workflows;
    private final ObservableList<DamagedDraftItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<DamagedDraftItem> selected = new SimpleObjectProperty<>(this, "selected");

    /** {@code workflows} may be null (a window without workflow drafts). */
    public DamagedDraftsViewModel(ProjectSession entities, WorkflowProject workflows) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.workflows = workflows;
        entities.revisionProperty().addListener((obs, old, now) -> refresh());
        if (workflows != null) {
            workflows.revisionProperty().addListener((obs, old, now) -> refresh());
        }
        refresh();
    }

    /** Reloads the list from the draft store. */
    public void refresh() {
        String selectedId = selected.get() == null ? null : selected.get().id();
        items.setAll(damaged().stream().map(d -> new DamagedDraftItem(d.noun(), d.id(), d.name(), d.reason()))
                .toList());
        selected.set(items.stream().filter(i -> i.id().equals(selectedId)).findFirst().orElse(null));
    }

    public ObservableList<DamagedDraftItem> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    public ObjectProperty<DamagedDraftItem> selectedProperty() {
        return selected;
    }

    /** What opening the draft shows instead of an editor. */
    public String openMessage(DamagedDraftItem item) {
        return "The " + item.title() + " cannot be opened: its stored JSON is damaged.\n\n" + item.reason()
                + "\n\nExport the raw JSON to repair it by hand and import it again, or delete the draft (its text"
                + " stays in the audit trail).";
    }

    /** The save dialog's file types: JSON first, matching {@link #suggestedFileName} (not the project files'). */
    public List<FileFilter> exportFilters() {
        return List.of(FileFilter.JSON, FileFilter.ALL);
    }

    /** "order.damaged.json" (the id when the row has no usable name). */
    public String suggestedFileName(DamagedDraftItem item) {
        String base = item.name().isBlank() ? item.id() : item.name();
        return base.replaceAll("[^\\p{Alnum}._-]", "_").toLowerCase(Locale.ROOT) + ".damaged.json";
    }

    /**
     * Writes the draft's stored text, exactly as it is in the store now, to {@code target} in one atomic move.
     *
     * @throws IOException           if the file cannot be written
     * @throws IllegalStateException if the draft is no longer damaged or no longer there
     */
    public void exportRaw(DamagedDraftItem item, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        DamagedDraft draft = current(item).orElseThrow(() -> new IllegalStateException(
                "the " + item.title() + " is no longer damaged or was deleted; nothing was exported"));
        AtomicFiles.write(target, draft.storedText());
    }

    /** Deletes the damaged draft; the audit trail keeps its stored text as the "before". */
    public void delete(DamagedDraftItem item) {
        if (item.noun().equals("workflow") && workflows != null) {
            workflows.delete(item.id());
        } else {
            entities.delete(item.id());
        }
    }

    private Optional<DamagedDraft> current(DamagedDraftItem item) {
        return damaged().stream().filter(d -> d.noun().equals(item.noun()) && d.id().equals(item.id())).findFirst();
    }

    private List<DamagedDraft> damaged() {
        List<DamagedDraft> all = new ArrayList<>(entities.damaged());
        if (workflows != null) {
            all.addAll(workflows.damaged());
        }
        return all;
    }
}
