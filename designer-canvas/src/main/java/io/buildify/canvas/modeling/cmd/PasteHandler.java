package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code elements.paste}: adds nodes and the edges among them, already built with fresh ids by
 * {@code Modeling.paste}. They are appended, so revert (edges first, then nodes) restores the model exactly.
 */
public final class PasteHandler implements CommandHandler<PasteHandler.Context> {
    public record Context(List<DiagramNode> nodes, List<DiagramEdge> edges) {
        public Context {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    private final DiagramModel model;

    public PasteHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return !context.nodes().isEmpty();
    }

    @Override
    public Collection<?> execute(Context context) {
        context.nodes().forEach(model::addNode);
        context.edges().forEach(model::addEdge);
        return all(context);
    }

    @Override
    public Collection<?> revert(Context context) {
        for (int i = context.edges().size() - 1; i >= 0; i--) {
            model.removeEdge(context.edges().get(i));
        }
        for (int i = context.nodes().size() - 1; i >= 0; i--) {
            model.removeNode(context.nodes().get(i));
        }
        return all(context);
    }

    @Override
    public String describe(Context context) {
        return "Paste " + context.nodes().size() + " nodes";
    }

    private static List<Object> all(Context context) {
        List<Object> all = new ArrayList<>(context.nodes());
        all.addAll(context.edges());
        return all;
    }
}
