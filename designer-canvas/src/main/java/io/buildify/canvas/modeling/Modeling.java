package io.buildify.canvas.modeling;

import io.buildify.canvas.command.CommandStack;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.modeling.cmd.ConnectPortsHandler;
import io.buildify.canvas.modeling.cmd.CreateNodeHandler;
import io.buildify.canvas.modeling.cmd.LayoutNodesHandler;
import io.buildify.canvas.modeling.cmd.MoveNodesHandler;
import io.buildify.canvas.modeling.cmd.PasteHandler;
import io.buildify.canvas.modeling.cmd.RemoveElementsHandler;
import io.buildify.canvas.modeling.cmd.UpdateLabelHandler;
import io.buildify.canvas.modeling.cmd.UpdateWaypointsHandler;

import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The typed way to edit a diagram: each method builds a command context and runs it on the {@link CommandStack},
 * so every edit is undoable. Command ids read {@code noun.verb}; a host registers its own handlers on the same
 * stack next to these.
 */
public final class Modeling {
    public static final String CREATE_NODE = "node.create";
    public static final String MOVE_NODES = "nodes.move";
    public static final String CONNECT = "edge.create";
    public static final String REMOVE = "elements.remove";
    public static final String UPDATE_LABEL = "label.update";
    public static final String PASTE = "elements.paste";
    public static final String LAYOUT = "nodes.layout";
    public static final String WAYPOINTS = "edge.waypoints";

    private static final AtomicLong GESTURES = new AtomicLong();

    private final DiagramModel model;
    private final CommandStack stack;
    private final NodeTypes types;

    public Modeling(DiagramModel model, CommandStack stack, NodeTypes types) {
        this.model = Objects.requireNonNull(model, "model");
        this.stack = Objects.requireNonNull(stack, "stack");
        this.types = Objects.requireNonNull(types, "types");
        stack.register(CREATE_NODE, CreateNodeHandler.Context.class, new CreateNodeHandler(model));
        stack.register(MOVE_NODES, MoveNodesHandler.Context.class, new MoveNodesHandler(model));
        stack.register(CONNECT, ConnectPortsHandler.Context.class, new ConnectPortsHandler(model));
        stack.register(REMOVE, RemoveElementsHandler.Context.class, new RemoveElementsHandler(model));
        stack.register(UPDATE_LABEL, UpdateLabelHandler.Context.class, new UpdateLabelHandler(model));
        stack.register(PASTE, PasteHandler.Context.class, new PasteHandler(model));
        stack.register(LAYOUT, LayoutNodesHandler.Context.class, new LayoutNodesHandler(model));
        stack.register(WAYPOINTS, UpdateWaypointsHandler.Context.class, new UpdateWaypointsHandler(model));
    }

    /** A new id for the steps of one drag, so they merge into one undoable move. */
    public static long newGesture() {
        return GESTURES.incrementAndGet();
    }

    public DiagramNode createNode(NodeType type, double x, double y) {
        DiagramNode node = new DiagramNode(model.newId("n"), type, x, y);
        stack.execute(CREATE_NODE, new CreateNodeHandler.Context(node));
        return node;
    }

    public void moveNodes(Collection<DiagramNode> nodes, double dx, double dy) {
        moveNodes(nodes, dx, dy, 0);
    }

    /** Moves as one step of a gesture from {@link #newGesture()}; 0 means "not part of a gesture". */
    public void moveNodes(Collection<DiagramNode> nodes, double dx, double dy, long gesture) {
        stack.execute(MOVE_NODES, new MoveNodesHandler.Context(List.copyOf(nodes), dx, dy, gesture));
    }

    /**
     * Places nodes at new top-left corners and gives edges new waypoints as one undoable step (what an automatic
     * layout computed; see {@code io.buildify.canvas.layout.LayeredLayout}).
     */
    public void layout(Map<DiagramNode, Point2D> positions, Map<DiagramEdge, List<Point2D>> waypoints) {
        stack.execute(LAYOUT, new LayoutNodesHandler.Context(positions, waypoints));
    }

    /** Gives the edge these bend points (model coordinates, between its ports; empty for a straight line). */
    public void setWaypoints(DiagramEdge edge, List<Point2D> waypoints) {
        setWaypoints(edge, waypoints, 0);
    }

    /** As one step of a gesture from {@link #newGesture()}: the steps of one bend-point drag undo at once. */
    public void setWaypoints(DiagramEdge edge, List<Point2D> waypoints, long gesture) {
        stack.execute(WAYPOINTS, new UpdateWaypointsHandler.Context(edge, waypoints, gesture));
    }

    public boolean canConnect(PortRef source, PortRef target) {
        return stack.canExecute(CONNECT, new ConnectPortsHandler.Context(new DiagramEdge("?", source, target)));
    }

    public DiagramEdge connect(PortRef source, PortRef target) {
        DiagramEdge edge = new DiagramEdge(model.newId("e"), source, target);
        stack.execute(CONNECT, new ConnectPortsHandler.Context(edge));
        return edge;
    }

    /** Removes the elements; edges attached to removed nodes go too (see {@link RemoveAttachedEdgesInterceptor}). */
    public void removeElements(Collection<? extends DiagramElement> elements) {
        stack.execute(REMOVE, new RemoveElementsHandler.Context(elements));
    }

    public void updateLabel(DiagramElement element, String label) {
        stack.execute(UPDATE_LABEL, new UpdateLabelHandler.Context(element, label));
    }

    /**
     * Adds copies of a fragment's nodes, shifted by (dx, dy), with fresh ids, and the fragment's edges whose both
     * ends are among them. Returns the new nodes and edges.
     */
    public List<DiagramElement> paste(DiagramSnapshot fragment, double dx, double dy) {
        Map<String, String> newIds = new HashMap<>();
        List<DiagramNode> nodes = new ArrayList<>();
        for (DiagramSnapshot.NodeState state : fragment.nodes()) {
            DiagramNode node = new DiagramNode(model.newId("n"), types.require(state.type()), state.x() + dx,
                    state.y() + dy, state.width(), state.height(), state.label());
            node.setStyle(state.style());
            newIds.put(state.id(), node.id());
            nodes.add(node);
        }
        List<DiagramEdge> edges = new ArrayList<>();
        for (DiagramSnapshot.EdgeState state : fragment.edges()) {
            String source = newIds.get(state.source().nodeId());
            String target = newIds.get(state.target().nodeId());
            if (source != null && target != null) {
                DiagramEdge edge = new DiagramEdge(model.newId("e"), new PortRef(source, state.source().portId()),
                        new PortRef(target, state.target().portId()));
                edge.setLabel(state.label());
                edge.setWaypoints(state.waypoints().stream().map(p -> p.add(dx, dy)).toList());
                edges.add(edge);
            }
        }
        stack.execute(PASTE, new PasteHandler.Context(nodes, edges));
        List<DiagramElement> created = new ArrayList<>(nodes);
        created.addAll(edges);
        return created;
    }
}
