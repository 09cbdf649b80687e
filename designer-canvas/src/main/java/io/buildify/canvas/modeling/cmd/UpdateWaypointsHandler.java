package io.buildify.canvas.modeling.cmd;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import javafx.geometry.Point2D;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code edge.waypoints}: gives an edge new bend points (model coordinates, between its two ports). Execute
 * saves the old ones for revert. Steps of one drag of a bend point (same non-zero {@code gesture}, same edge)
 * merge into one undoable change.
 */
public final class UpdateWaypointsHandler implements CommandHandler<UpdateWaypointsHandler.Context> {
    public record Context(DiagramEdge edge, List<Point2D> waypoints, long gesture, Memo<List<Point2D>> old) {
        public Context {
            Objects.requireNonNull(edge, "edge");
            waypoints = List.copyOf(Objects.requireNonNull(waypoints, "waypoints"));
            for (Point2D point : waypoints) {
                if (!Double.isFinite(point.getX()) || !Double.isFinite(point.getY())) {
                    throw new IllegalArgumentException("waypoints of " + edge + " must be finite, was " + point);
                }
            }
        }

        public Context(DiagramEdge edge, List<Point2D> waypoints, long gesture) {
            this(edge, waypoints, gesture, new Memo<>());
        }
    }

    private final DiagramModel model;

    public UpdateWaypointsHandler(DiagramModel model) {
        this.model = model;
    }

    @Override
    public boolean canExecute(Context context) {
        return model.contains(context.edge());
    }

    @Override
    public Collection<?> execute(Context context) {
        if (!context.old().isSaved()) {
            context.old().save(context.edge().getWaypoints());
        }
        context.edge().setWaypoints(context.waypoints());
        return List.of(context.edge());
    }

    @Override
    public Collection<?> revert(Context context) {
        context.edge().setWaypoints(context.old().get());
        return List.of(context.edge());
    }

    @Override
    public String describe(Context context) {
        return "Change bend points";
    }

    @Override
    public Optional<Context> merge(Context previous, Context next) {
        if (next.gesture() == 0 || previous.gesture() != next.gesture() || previous.edge() != next.edge()) {
            return Optional.empty();
        }
        return Optional.of(new Context(previous.edge(), next.waypoints(), previous.gesture(), previous.old()));
    }
}
