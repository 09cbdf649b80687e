package io.buildify.app.explorer;

import io.buildify.app.project.ProjectSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The project explorer: every entity draft with its status, grouped by category and filtered by the search text. Reloads whenever the
 * project's revision changes, keeping the selection by entity id.
 */
public final class ProjectExplorerViewModel {
    /** Categories alphabetically, entities without one last; within a category the store's order (by name). */
    private static final Comparator<EntityListItem> BY_CATEGORY = Comparator
            .comparing((EntityListItem i) -> i.category().equals(EntityListItem.NO_CATEGORY))
            .thenComparing(i -> i.category().toLowerCase(Locale.ROOT));

    private final ProjectSession project;
    private final ObservableList<EntityListItem> items = FXCollections.observableArrayList();
    private final FilteredList<EntityListItem> visibleItems = new FilteredList<>(items);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<EntityListItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringBinding summary;

    public ProjectExplorerViewModel(ProjectSession project) {
        this.project = Objects.requireNonNull(project, "project");
        searchText.addListener((obs, old, now) -> visibleItems.setPredicate(item -> item.matches(now)));
        project.revisionProperty().addListener((obs, old, now) -> refresh());
        summary = Bindings.createStringBinding(() -> visibleItems.size() == items.size()
                ? items.size() + (items.size() == 1 ? " entity" : " entities")
                : visibleItems.size() + " of " + items.size() + " entities", items, visibleItems);
        refresh();
    }

    /** Reloads the list from the draft store. */
    public void refresh() {
        String selectedId = selectedEntityId().orElse(null);
        items.setAll(project.list().stream().map(EntityListItem::of).sorted(BY_CATEGORY).toList());
        if (selectedId != null) {
            select(selectedId);
        }
    }

    /** True when {@code item} is the first visible entity of its category: the list shows the category above it. */
    public boolean startsGroup(EntityListItem item) {
        int index = visibleItems.indexOf(item);
        return index == 0 || index > 0 && !visibleItems.get(index - 1).category().equals(item.category());
    }

    public void select(String entityId) {
        selected.set(items.stream().filter(i -> i.entityId().equals(entityId)).findFirst().orElse(null));
    }

    public Optional<String> selectedEntityId() {
        return Optional.ofNullable(selected.get()).map(EntityListItem::entityId);
    }

    /** All drafts, grouped by category, then sorted by name. */
    public ObservableList<EntityListItem> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** The drafts matching {@link #searchTextProperty()}. */
    public ObservableList<EntityListItem> visibleItems() {
        return visibleItems;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<EntityListItem> selectedProperty() {
        return selected;
    }

    /** "3 entities" or "1 of 3 entities" while filtering. */
    public StringBinding summaryProperty() {
        return summary;
    }
}
