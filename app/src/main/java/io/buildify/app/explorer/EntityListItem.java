package io.buildify.app.explorer;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.EntityDraft;

import java.util.Locale;
import java.util.Objects;

/** One entity in the project explorer: what the list shows, how it is grouped and what the search matches. */
public record EntityListItem(String entityId, String name, String label, String category, DraftStatus status) {

    /** The group of entities without a category; listed last. */
    public static final String NO_CATEGORY = "Uncategorised";


    public EntityListItem {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
        label = label == null ? "" : label;
        category = category == null || category.isBlank() ? NO_CATEGORY : category.strip();
    }

    static EntityListItem of(EntityDraft draft) {
        return new EntityListItem(draft.definition().id(), draft.definition().name(), draft.definition().label(),
                draft.definition().category(), draft.status());
    }

    /** Case-insensitive substring match on name or label; a blank query matches everything. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(q) || label.toLowerCase(Locale.ROOT).contains(q);
    }
}
