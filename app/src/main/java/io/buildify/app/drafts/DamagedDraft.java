package io.buildify.app.drafts;

import java.util.Objects;

/**
 * A draft row whose JSON cannot be read (broken text, a property from a newer version, JSON {@code null}, a hand
 * edit). {@link DraftRepository#list()} leaves such rows out so the others stay usable; this is how they are still
 * shown, exported and deleted, never dropped silently.
 *
 * @param noun       the kind of draft ("entity", "workflow")
 * @param id         the row's id
 * @param name       the row's name column (may be blank)
 * @param reason     what is wrong, e.g. "line 1, column 17: unexpected end of JSON"; prefixed with
 *                   "published snapshot: " when it is the snapshot that is damaged
 * @param storedText the damaged column's text exactly as stored
 */
public record DamagedDraft(String noun, String id, String name, String reason, String storedText) {
    public DamagedDraft {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(reason, "reason");
        storedText = storedText == null ? "" : storedText;
    }

    /** How messages and the list name it: "entity 'customer'" or "entity 1234" when the name is blank. */
    public String describe() {
        return noun + (name.isBlank() ? " " + id : " '" + name + "'");
    }
}
