package io.buildify.app.workflow;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * {@value WorkflowDocument#UPDATE}: replaces the properties of one state, one transition or the workflow header
 * (a {@link WorkflowState}, {@link WorkflowTransition} or header-only {@link WorkflowDefinition}). Consecutive
 * edits of the same property of the same element merge, so typing a name is one undo step, as in a text editor.
 */
final class UpdateElementHandler implements CommandHandler<UpdateElementHandler.Update> {

    /**
     * @param field the edited property ("name", "sla_hours"); edits with the same element and field merge; null
     *              never merges
     */
    record Update(String elementId, String field, Object before, Object after) {
        Update {
            Objects.requireNonNull(elementId, "elementId");
            requireElement(before);
            requireElement(after);
        }

        private static void requireElement(Object value) {
            if (!(value instanceof WorkflowState || value instanceof WorkflowTransition
                    || value instanceof WorkflowDefinition)) {
                throw new IllegalArgumentException("a workflow update takes a state, a transition or a header, not "
                        + value);
            }
        }
    }

    private final WorkflowDocument document;

    UpdateElementHandler(WorkflowDocument document) {
        this.document = document;
    }

    @Override
    public Collection<?> execute(Update context) {
        return document.apply(context.after());
    }

    @Override
    public Collection<?> revert(Update context) {
        return document.apply(context.before());
    }

    @Override
    public String describe(Update context) {
        return UndoDescriptions.ofUpdate(context.field(), context.before(), context.after());
    }

    @Override
    public Optional<Update> merge(Update previous, Update next) {
        if (next.field() == null || !next.field().equals(previous.field())
                || !next.elementId().equals(previous.elementId())) {
            return Optional.empty();
        }
        return Optional.of(new Update(next.elementId(), next.field(), previous.before(), next.after()));
    }
}
