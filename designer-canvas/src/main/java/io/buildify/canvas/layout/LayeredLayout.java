package io.buildify.canvas.layout;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortSpec;
import javafx.geometry.Point2D;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Automatic layered layout, left to right, with Eclipse ELK's layered algorithm (Sugiyama style: layers, fewer
 * crossings, orthogonal edge routes). Ports stay where the node types put them ({@code FIXED_POS}). It lays out a
 * set of nodes — all of them or a selection — with the edges among them; the result keeps the set's top-left
 * corner, so a laid-out selection stays where it was. Edges from the set to other nodes lose their bend points
 * (they would point nowhere). Applying is one undoable {@code nodes.layout} command.
 */
public final class LayeredLayout {
    static {
        // Outside Eclipse, ELK's option types (cloned during layout) are registered when its meta data service
        // starts; it finds the core and layered options through java.util.ServiceLoader.
        LayoutMetaDataService.getInstance();
    }

    private final double nodeSpacing;
    private final double layerSpacing;

    /** Layout with 40 model units between nodes of a layer and 60 between layers. */
    public LayeredLayout() {
        this(40, 60);
    }

    public LayeredLayout(double nodeSpacing, double layerSpacing) {
        if (!(nodeSpacing >= 0) || !(layerSpacing >= 0)) {
            throw new IllegalArgumentException("layout spacings must be non-negative, were " + nodeSpacing
                    + " and " + layerSpacing);
        }
        this.nodeSpacing = nodeSpacing;
        this.layerSpacing = layerSpacing;
    }

    /** New node corners and edge waypoints; nothing in the model changes. */
    public record Result(Map<DiagramNode, Point2D> positions, Map<DiagramEdge, List<Point2D>> waypoints) {
    }

    /** Lays out the nodes and applies the result as one undoable command; does nothing for no nodes. */
    public void apply(Diagram diagram, Collection<DiagramNode> nodes) {
        Result result = compute(diagram.model(), nodes);
        if (!result.positions().isEmpty()) {
            diagram.modeling().layout(result.positions(), result.waypoints());
        }
    }

    public Result compute(DiagramModel model, Collection<DiagramNode> nodes) {
        Objects.requireNonNull(model, "model");
        Set<DiagramNode> laidOut = new LinkedHashSet<>(nodes);
        if (laidOut.isEmpty()) {
            return new Result(Map.of(), Map.of());
        }
        laidOut.forEach(node -> {
            if (!model.contains(node)) {
                throw new IllegalArgumentException(node + " is not in the diagram");
            }
        });
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeSpacing);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, layerSpacing / 3);

        Map<DiagramNode, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, ElkPort> elkPorts = new HashMap<>();
        for (DiagramNode node : laidOut) {
            ElkNode elkNode = ElkGraphUtil.createNode(root);
            elkNode.setDimensions(node.getWidth(), node.getHeight());
            elkNode.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            for (PortSpec spec : node.type().ports()) {
                Point2D at = node.portPosition(spec);
                ElkPort port = ElkGraphUtil.createPort(elkNode);
                port.setDimensions(0, 0);
                port.setLocation(at.getX() - node.getX(), at.getY() - node.getY());
                port.setProperty(CoreOptions.PORT_SIDE, side(spec));
                elkPorts.put(node.id() + "\u0000" + spec.id(), port);
            }
            elkNodes.put(node, elkNode);
        }
        Map<DiagramEdge, ElkEdge> elkEdges = new LinkedHashMap<>();
        Map<DiagramEdge, List<Point2D>> waypoints = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        laidOut.forEach(node -> ids.add(node.id()));
        for (DiagramNode node : laidOut) {
            for (DiagramEdge edge : model.edgesOf(node.id())) {
                boolean inside = ids.contains(edge.source().nodeId()) && ids.contains(edge.target().nodeId());
                if (inside && !elkEdges.containsKey(edge)) {
                    elkEdges.put(edge, ElkGraphUtil.createSimpleEdge(
                            elkPorts.get(edge.source().nodeId() + "\u0000" + edge.source().portId()),
                            elkPorts.get(edge.target().nodeId() + "\u0000" + edge.target().portId())));
                } else if (!inside && !edge.getWaypoints().isEmpty()) {
                    waypoints.put(edge, List.of());
                }
            }
        }

        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        // Keep the top-left corner of the laid-out nodes where it was.
        double oldMinX = laidOut.stream().mapToDouble(DiagramNode::getX).min().orElse(0);
        double oldMinY = laidOut.stream().mapToDouble(DiagramNode::getY).min().orElse(0);
        double newMinX = elkNodes.values().stream().mapToDouble(ElkNode::getX).min().orElse(0);
        double newMinY = elkNodes.values().stream().mapToDouble(ElkNode::getY).min().orElse(0);
        double dx = oldMinX - newMinX;
        double dy = oldMinY - newMinY;
        Map<DiagramNode, Point2D> positions = new LinkedHashMap<>();
        elkNodes.forEach((node, elkNode) -> positions.put(node, new Point2D(elkNode.getX() + dx, elkNode.getY() + dy)));
        elkEdges.forEach((edge, elkEdge) -> {
            List<Point2D> bends = new ArrayList<>();
            for (ElkEdgeSection section : elkEdge.getSections()) {
                for (ElkBendPoint bend : section.getBendPoints()) {
                    bends.add(new Point2D(bend.getX() + dx, bend.getY() + dy));
                }
            }
            waypoints.put(edge, bends);
        });
        return new Result(positions, waypoints);
    }

    private static PortSide side(PortSpec spec) {
        return switch (spec.side()) {
            case LEFT -> PortSide.WEST;
            case RIGHT -> PortSide.EAST;
            case TOP -> PortSide.NORTH;
            case BOTTOM -> PortSide.SOUTH;
        };
    }
}
