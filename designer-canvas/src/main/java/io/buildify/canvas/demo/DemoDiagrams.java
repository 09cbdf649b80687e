package io.buildify.canvas.demo;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeShape;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortDirection;
import io.buildify.canvas.model.PortSide;
import io.buildify.canvas.model.PortSpec;
import io.buildify.canvas.rules.ConnectionRule;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Random;

/**
 * Node types and generated graphs for the demo, the benchmark and the screenshots: N nodes in rows of ten, each
 * connected to its right neighbour and every other one also to the node below (about 1.5 edges per node).
 */
public final class DemoDiagrams {
    public static final NodeType START = new NodeType("start", "Start", NodeShape.ELLIPSE, Color.web("#2e9e5b"),
            56, 56, List.of(PortSpec.out("out", PortSide.RIGHT), new PortSpec("down", PortSide.BOTTOM, 0.5, PortDirection.OUT)));
    public static final NodeType TASK = new NodeType("task", "Task", NodeShape.ROUNDED_RECTANGLE,
            Color.web("#3b7dd8"), 130, 64, List.of(PortSpec.in("in", PortSide.LEFT), PortSpec.out("out", PortSide.RIGHT),
            new PortSpec("up", PortSide.TOP, 0.5, PortDirection.IN), new PortSpec("down", PortSide.BOTTOM, 0.5, PortDirection.OUT)));
    public static final NodeType DECISION = new NodeType("decision", "Decision", NodeShape.DIAMOND,
            Color.web("#d98a1e"), 90, 70, List.of(PortSpec.in("in", PortSide.LEFT), PortSpec.out("out", PortSide.RIGHT),
            new PortSpec("up", PortSide.TOP, 0.5, PortDirection.IN), new PortSpec("down", PortSide.BOTTOM, 0.5, PortDirection.OUT)));
    public static final NodeType END = new NodeType("end", "End", NodeShape.ELLIPSE, Color.web("#d64545"), 56, 56,
            List.of(PortSpec.in("in", PortSide.LEFT), new PortSpec("up", PortSide.TOP, 0.5, PortDirection.IN)));
    public static final NodeTypes TYPES = NodeTypes.of(START, TASK, DECISION, END);
    /** Nothing may flow back into a start node (it has no inputs anyway) or out of an end; decisions do not chain. */
    public static final ConnectionRule RULE = (sourceNode, sourcePort, targetNode, targetPort) ->
            !(sourceNode.type() == DECISION && targetNode.type() == DECISION);

    private static final String[] VERBS = {"Check", "Approve", "Send", "Review", "Archive", "Notify", "Validate",
            "Ship", "Bill", "Plan"};
    private static final String[] NOUNS = {"order", "invoice", "customer", "stock", "payment", "contract", "report"};

    private DemoDiagrams() {
    }

    public static Diagram newDiagram() {
        return new Diagram(TYPES, RULE);
    }

    /** Fills an empty model directly (not through commands: loading is not an undoable edit). */
    public static void generate(DiagramModel model, int count, long seed) {
        Random random = new Random(seed);
        int columns = 10;
        for (int i = 0; i < count; i++) {
            NodeType type = i == 0 ? START : i == count - 1 ? END : random.nextInt(5) == 0 ? DECISION : TASK;
            double x = (i % columns) * 200 + (130 - type.width()) / 2;
            double y = (i / columns) * 140 + (64 - type.height()) / 2;
            String label = type == TASK ? VERBS[random.nextInt(VERBS.length)] + " " + NOUNS[random.nextInt(NOUNS.length)]
                    : type == DECISION ? "OK?" : type.displayName();
            model.addNode(new DiagramNode("n" + i, type, x, y, type.width(), type.height(), label));
        }
        for (int i = 0; i < count; i++) {
            DiagramNode node = model.nodes().get(i);
            if (i % columns != columns - 1 && i + 1 < count) {
                connect(model, node, "out", model.nodes().get(i + 1), "in");
            }
            if (i % 2 == 0 && i + columns < count) {
                connect(model, node, "down", model.nodes().get(i + columns), "up");
            }
        }
    }

    private static void connect(DiagramModel model, DiagramNode source, String sourcePort, DiagramNode target,
                                String targetPort) {
        if (source.type().port(sourcePort).isPresent() && target.type().port(targetPort).isPresent()) {
            model.addEdge(new DiagramEdge(model.newId("e"), new io.buildify.canvas.model.PortRef(source.id(), sourcePort),
                    new io.buildify.canvas.model.PortRef(target.id(), targetPort)));
        }
    }
}
