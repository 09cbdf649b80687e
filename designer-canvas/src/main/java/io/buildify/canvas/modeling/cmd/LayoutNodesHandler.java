package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Point2D;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code nodes.layout}: puts nodes at new positions and gives edges new waypoints in one step, as a layout
 * algorithm computed them. Execute saves the old positions and waypoints for revert. It knows nothing about the
 * algorithm; {@code io.buildify.canvas.layout} computes, this only applies.
 */
public final class LayoutNodesHandler implements CommandHandler<LayoutNodesHandler.Context> {
    /** New top-left corners by node and new waypoints by edge (either map may be empty, not both). */
    public record Context(Map<DiagramNode, Point2D> positions, Map<DiagramEdge, List<Point2D>> waypoints,
                          Memo<Map<DiagramNode, Point2D>> oldPositions,
                          Memo<Map<DiagramEdge, List<Point2D>>> oldWaypoints) {
        public Context {
            positions = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(positions, "positions")));
            waypoints = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(waypoints, "waypoints")));
            positions.forEach((node, at) -> {
                if (!Double.isFinite(at.getX()) || !Double.isFinite(at.getY())) {
                    throw new IllegalArgumentException("layout position of " + node + " must be finite, was " + at);
                }
            });
        }

        public Context(Map<DiagramNode, Point2D> positions, Map<DiagramEdge, List<Point2D>> waypoints) {
            this(positions, waypoints, new Memo<>(), new Memo<>());
        }
    }

    private final DiagramModel model;

    public LayoutNodesHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return !(context.positions().isEmpty() && context.waypoints().isEmpty())
                && context.positions().keySet().stream().allMatch(model::contains)
                && context.waypoints().keySet().stream().allMatch(model::contains);
    }

    @Override
    public Collection<?> execute(Context context) {
        Map<DiagramNode, Point2D> oldPositions = new LinkedHashMap<>();
        context.positions().keySet().forEach(node -> oldPositions.put(node, new Point2D(node.getX(), node.getY())));
        Map<DiagramEdge, List<Point2D>> oldWaypoints = new LinkedHashMap<>();
        context.waypoints().keySet().forEach(edge -> oldWaypoints.put(edge, edge.getWaypoints()));
        context.oldPositions().save(oldPositions);
        context.oldWaypoints().save(oldWaypoints);
        return apply(context.positions(), context.waypoints());
    }

    @Override
    public Collection<?> revert(Context context) {
        return apply(context.oldPositions().get(), context.oldWaypoints().get());
    }

    @Override
    public String describe(Context context) {
        return "Layout " + context.positions().size() + " nodes";
    }

    private static Collection<?> apply(Map<DiagramNode, Point2D> positions, Map<DiagramEdge, List<Point2D>> waypoints) {
        Set<Object> changed = new LinkedHashSet<>();
        positions.forEach((node, at) -> {
            node.setPosition(at.getX(), at.getY());
            changed.add(node);
        });
        waypoints.forEach((edge, points) -> {
            edge.setWaypoints(points);
            changed.add(edge);
        });
        return changed;
    }
}
