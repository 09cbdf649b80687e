package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code elements.remove}: removes nodes and edges, edges first. It does not remove edges it was not given: the
 * {@code RemoveAttachedEdgesInterceptor} runs that as a follow-up command before this one. Execute saves each
 * element's list index, and revert re-inserts in reverse order, so the model's order is restored exactly.
 */
public final class RemoveElementsHandler implements CommandHandler<RemoveElementsHandler.Context> {
    public record Context(List<DiagramElement> elements, Memo<List<Removed>> removed) {
        public Context {
            elements = List.copyOf(elements);
        }

        public Context(Collection<? extends DiagramElement> elements) {
            this(List.copyOf(elements), new Memo<>());
        }
    }

    /** An element and the index it had in its list when removed. */
    public record Removed(DiagramElement element, int index) {
    }

    private final DiagramModel model;

    public RemoveElementsHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return !context.elements().isEmpty() && context.elements().stream().allMatch(model::contains);
    }

    @Override
    public Collection<?> execute(Context context) {
        List<Removed> removed = new ArrayList<>();
        for (DiagramElement element : context.elements()) {
            if (element instanceof DiagramEdge edge && model.contains(edge)) {
                removed.add(new Removed(edge, model.removeEdge(edge)));
            }
        }
        for (DiagramElement element : context.elements()) {
            if (element instanceof DiagramNode node && model.contains(node)) {
                removed.add(new Removed(node, model.removeNode(node)));
            }
        }
        context.removed().save(List.copyOf(removed));
        return removed.stream().map(Removed::element).toList();
    }

    @Override
    public Collection<?> revert(Context context) {
        List<Removed> removed = context.removed().get();
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed entry = removed.get(i);
            if (entry.element() instanceof DiagramNode node) {
                model.addNode(entry.index(), node);
            } else {
                model.addEdge(entry.index(), (DiagramEdge) entry.element());
            }
        }
        return removed.stream().map(Removed::element).toList();
    }

    @Override
    public String describe(Context context) {
        return context.elements().size() == 1 ? "Delete " + context.elements().get(0).id()
                : "Delete " + context.elements().size() + " elements";
    }
}
