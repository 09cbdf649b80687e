package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * {@code edge.create}: adds an edge between two ports. Whether the ports may be connected is decided by the rules
 * registered for this command (see {@code DiagramRules}), not here; the handler only checks the model invariant.
 */
public final class ConnectPortsHandler implements CommandHandler<ConnectPortsHandler.Context> {
    public record Context(DiagramEdge edge) {
        public Context {
            Objects.requireNonNull(edge, "edge");
        }
    }

    private final DiagramModel model;

    public ConnectPortsHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        DiagramEdge edge = context.edge();
        return model.findEdge(edge.id()).isEmpty()
                && model.findNode(edge.source().nodeId()).flatMap(n -> n.type().port(edge.source().portId())).isPresent()
                && model.findNode(edge.target().nodeId()).flatMap(n -> n.type().port(edge.target().portId())).isPresent();
    }

    @Override
    public Collection<?> execute(Context context) {
        model.addEdge(context.edge());
        return List.of(context.edge());
    }

    @Override
    public Collection<?> revert(Context context) {
        model.removeEdge(context.edge());
        return List.of(context.edge());
    }

    @Override
    public String describe(Context context) {
        return "Connect " + context.edge().source() + " to " + context.edge().target();
    }
}
