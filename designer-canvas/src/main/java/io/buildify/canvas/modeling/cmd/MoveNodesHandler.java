package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Point2D;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code nodes.move}: shifts nodes by a delta, and the bend points of their edges with them — all of them when
 * both ends move, otherwise the ones next to the moving end, so orthogonal routes stay orthogonal
 * ({@link EdgeFollow}). Execute records the positions and waypoints before and after, so undo and redo restore
 * them exactly (no floating-point drift from shifting back). Steps of one drag gesture (same non-zero
 * {@code gesture} and nodes) merge into one undoable move.
 */
public final class MoveNodesHandler implements CommandHandler<MoveNodesHandler.Context> {
    public record Context(List<DiagramNode> nodes, double dx, double dy, long gesture, Memo<Outcome> outcome) {
        public Context {
            nodes = List.copyOf(nodes);
            if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
                throw new IllegalArgumentException("move delta must be finite, was " + dx + "," + dy);
            }
        }

        public Context(List<DiagramNode> nodes, double dx, double dy, long gesture) {
            this(nodes, dx, dy, gesture, new Memo<>());
        }
    }

    /** Node positions and edge waypoints before and after the move. */
    public record Outcome(Map<DiagramNode, Point2D> oldPositions, Map<DiagramNode, Point2D> newPositions,
                          Map<DiagramEdge, List<Point2D>> oldWaypoints, Map<DiagramEdge, List<Point2D>> newWaypoints) {
        Outcome then(Outcome later) {
            Map<DiagramEdge, List<Point2D>> oldRoutes = new LinkedHashMap<>(later.oldWaypoints);
            oldRoutes.putAll(oldWaypoints);
            Map<DiagramEdge, List<Point2D>> newRoutes = new LinkedHashMap<>(newWaypoints);
            newRoutes.putAll(later.newWaypoints);
            return new Outcome(oldPositions, later.newPositions, oldRoutes, newRoutes);
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
        if (!context.outcome().isSaved()) {
            context.outcome().save(plan(context));
        }
        Outcome outcome = context.outcome().get();
        return apply(outcome.newPositions(), outcome.newWaypoints());
    }

    @Override
    public Collection<?> revert(Context context) {
        Outcome outcome = context.outcome().get();
        return apply(outcome.oldPositions(), outcome.oldWaypoints());
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
        Memo<Outcome> both = new Memo<>();
        both.save(previous.outcome().get().then(next.outcome().get()));
        return Optional.of(new Context(previous.nodes(), previous.dx() + next.dx(), previous.dy() + next.dy(),
                previous.gesture(), both));
    }

    /** Works out where everything goes, from the model as it is before the move. */
    private Outcome plan(Context context) {
        Map<DiagramNode, Point2D> oldPositions = new LinkedHashMap<>();
        Map<DiagramNode, Point2D> newPositions = new LinkedHashMap<>();
        Set<String> moved = new HashSet<>();
        for (DiagramNode node : context.nodes()) {
            oldPositions.put(node, new Point2D(node.getX(), node.getY()));
            newPositions.put(node, new Point2D(node.getX() + context.dx(), node.getY() + context.dy()));
            moved.add(node.id());
        }
        Map<DiagramEdge, List<Point2D>> oldWaypoints = new LinkedHashMap<>();
        Map<DiagramEdge, List<Point2D>> newWaypoints = new LinkedHashMap<>();
        for (DiagramNode node : context.nodes()) {
            for (DiagramEdge edge : model.edgesOf(node.id())) {
                if (edge.getWaypoints().isEmpty() || oldWaypoints.containsKey(edge)) {
                    continue;
                }
                boolean sourceMoves = moved.contains(edge.source().nodeId());
                boolean targetMoves = moved.contains(edge.target().nodeId());
                List<Point2D> route = edge.getWaypoints();
                oldWaypoints.put(edge, route);
                if (sourceMoves && targetMoves) {
                    newWaypoints.put(edge, route.stream().map(p -> p.add(context.dx(), context.dy())).toList());
                } else {
                    List<Point2D> ends = model.pointsOf(edge);
                    Point2D end = sourceMoves ? ends.get(0) : ends.get(ends.size() - 1);
                    newWaypoints.put(edge, EdgeFollow.follow(route, end, sourceMoves, context.dx(), context.dy()));
                }
            }
        }
        return new Outcome(oldPositions, newPositions, oldWaypoints, newWaypoints);
    }

    /** Applies positions and routes; reports the nodes and every edge attached to them (their lines moved). */
    private Collection<?> apply(Map<DiagramNode, Point2D> positions, Map<DiagramEdge, List<Point2D>> routes) {
        Set<Object> changed = new LinkedHashSet<>();
        positions.forEach((node, at) -> {
            node.setPosition(at.getX(), at.getY());
            changed.add(node);
            changed.addAll(model.edgesOf(node.id()));
        });
        routes.forEach((edge, points) -> {
            edge.setWaypoints(points);
            changed.add(edge);
        });
        return changed;
    }
}
