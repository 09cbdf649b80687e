package io.buildify.app.workflow;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * {@value #ID}: changes a state's type. A canvas node's type is fixed, so the node is replaced by one of the new type
 * with the same id, position, label and style, at the same index; its transitions are taken off and put back (all
 * workflow node types have the same ports). Revert puts the original node object back the same way.
 */
final class RetypeStateHandler implements CommandHandler<RetypeStateHandler.Context> {
    static final String ID = "state.retype";

    record Context(String nodeId, NodeType newType, List<DiagramNode> replaced) {
        Context {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(newType, "newType");
        }

        Context(String nodeId, NodeType newType) {
            this(nodeId, newType, new ArrayList<>(2));
        }
    }

    private final DiagramModel model;

    RetypeStateHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return model.findNode(context.nodeId()).filter(n -> !n.type().equals(context.newType())).isPresent();
    }

    @Override
    public Collection<?> execute(Context context) {
        DiagramNode old = model.node(context.nodeId());
        DiagramNode next;
        if (context.replaced().isEmpty()) {
            next = new DiagramNode(old.id(), context.newType(), old.getX(), old.getY(), context.newType().width(),
                    context.newType().height(), old.getLabel());
            next.setStyle(old.getStyle());
            context.replaced().add(old);
            context.replaced().add(next);
        } else {
            next = context.replaced().get(1); // redo: the very node created the first time
        }
        return swap(old, next);
    }

    @Override
    public Collection<?> revert(Context context) {
        return swap(context.replaced().get(1), context.replaced().get(0));
    }

    private List<Object> swap(DiagramNode out, DiagramNode in) {
        List<DiagramEdge> edges = model.edgesOf(out.id());
        List<Integer> indexes = new ArrayList<>();
        for (DiagramEdge edge : edges) {
            indexes.add(model.edges().indexOf(edge));
        }
        for (DiagramEdge edge : edges) {
            model.removeEdge(edge);
        }
        in.setPosition(out.getX(), out.getY());
        in.setLabel(out.getLabel());
        in.setStyle(out.getStyle());
        int index = model.removeNode(out);
        model.addNode(index, in);
        List<Integer> order = new ArrayList<>(indexes);
        order.sort(null);
        for (int position : order) {
            DiagramEdge edge = edges.get(indexes.indexOf(position));
            model.addEdge(Math.min(position, model.edges().size()), edge);
        }
        List<Object> changed = new ArrayList<>(edges);
        changed.add(0, out);
        changed.add(1, in);
        return changed;
    }

    @Override
    public String describe(Context context) {
        return "Change type to " + context.newType().displayName();
    }
}
