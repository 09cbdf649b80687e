package io.buildify.canvas.command;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reported once per undoable unit (a command with its follow-ups, an undo or a redo): the elements its handlers
 * said they changed, without duplicates, in order of first change. A host persists from it; for {@code CLEAR}
 * (history erased) the set is empty.
 */
public record ElementsChanged(StackTrigger trigger, String description, Set<Object> elements) {
    public ElementsChanged {
        elements = Collections.unmodifiableSet(new LinkedHashSet<>(elements));
    }
}
