package io.buildify.app.explorer;

import java.util.Objects;

/**
 * A draft whose stored JSON cannot be read, as the explorer lists it: which kind and row, and why. The stored text
 * itself stays in the store until it is exported (see {@link DamagedDraftsViewModel}).
 */
public record DamagedDraftItem(String noun, String id, String name, String reason) {
    public DamagedDraftItem {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(reason, "reason");
    }

    /** "entity 'order'", or "entity broken-1" when the row has no name. */
    public String title() {
        return noun + (name.isBlank() ? " " + id : " '" + name + "'");
    }
}
