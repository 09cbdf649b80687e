package io.buildify.canvas;

import io.buildify.canvas.model.NodeShape;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortSide;
import io.buildify.canvas.model.PortSpec;
import io.buildify.canvas.rules.ConnectionRule;
import javafx.scene.paint.Color;

import java.util.List;

/** Node types and diagrams shared by the canvas tests. */
public final class TestDiagrams {
    public static final NodeType TASK = new NodeType("task", "Task", NodeShape.ROUNDED_RECTANGLE,
            Color.web("#4a90d9"), 120, 60, List.of(PortSpec.in("in", PortSide.LEFT), PortSpec.out("out", PortSide.RIGHT)));
    public static final NodeType START = new NodeType("start", "Start", NodeShape.ELLIPSE,
            Color.web("#34a853"), 50, 50, List.of(PortSpec.out("out", PortSide.RIGHT)));
    public static final NodeType END = new NodeType("end", "End", NodeShape.ELLIPSE,
            Color.web("#ea4335"), 50, 50, List.of(PortSpec.in("in", PortSide.LEFT)));
    public static final NodeTypes TYPES = NodeTypes.of(START, TASK, END);

    private TestDiagrams() {
    }

    public static Diagram empty() {
        return new Diagram(TYPES, ConnectionRule.ANY);
    }
}
