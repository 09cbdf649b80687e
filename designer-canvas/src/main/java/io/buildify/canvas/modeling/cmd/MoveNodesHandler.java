package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code nodes.move}: shifts nodes by a delta, and the bend points of edges whose both ends move with them.
 * Revert shifts back by the same delta, so nothing needs saving. Steps of one drag gesture (same non-zero
 * {@code gesture} and nodes) merge into one undoable move.
 */
public final class MoveNodesHandler implements CommandHandler<MoveNodesHandler.Context> {
    public record Context(List<DiagramNode> nodes, double dx, double dy, long gesture) {
        public Context {
            nodes = List.copyOf(nodes);
            if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
                throw new IllegalArgumentException("move delta must be finite, was " + dx + "," + dy);
            }
        }
    }

    private final DiagramModel model;

    public MoveNodesHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return !context.nodes().isEmpty() && context.nodes().stream().allMatch(model::contains);
    }

    @Override
    public Collection<?> execute(Context context) {
        return shift(context, context.dx(), context.dy());
    }

    @Override
    public Collection<?> revert(Context context) {
        return shift(context, -context.dx(), -context.dy());
    }

    @Override
    public String describe(Context context) {
        return context.nodes().size() == 1 ? "Move " + context.nodes().get(0).getLabel()
                : "Move " + context.nodes().size() + " nodes";
    }

    @Override
    public Optional<Context> merge(Context previous, Context next) {
        if (next.gesture() == 0 || previous.gesture() != next.gesture() || !previous.nodes().equals(next.nodes())) {
            return Optional.empty();
        }
        return Optional.of(new Context(previous.nodes(), previous.dx() + next.dx(), previous.dy() + next.dy(),
                previous.gesture()));
    }

    private Collection<?> shift(Context context, double dx, double dy) {
        Set<Object> changed = new LinkedHashSet<>(context.nodes());
        Set<String> moved = new HashSet<>();
        for (DiagramNode node : context.nodes()) {
            node.setPosition(node.getX() + dx, node.getY() + dy);
            moved.add(node.id());
        }
        for (DiagramNode node : context.nodes()) {
            for (DiagramEdge edge : model.edgesOf(node.id())) {
                if (changed.add(edge) && moved.contains(edge.source().nodeId())
                        && moved.contains(edge.target().nodeId()) && !edge.getWaypoints().isEmpty()) {
                    edge.setWaypoints(edge.getWaypoints().stream().map(p -> p.add(dx, dy)).toList());
                }
            }
        }
        return changed;
    }
}
