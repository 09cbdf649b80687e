package io.buildify.app.workflow;

import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeShape;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortSide;
import io.buildify.canvas.model.PortSpec;
import io.buildify.core.model.StateType;
import javafx.scene.paint.Color;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canvas node types of the five workflow state types: a distinct shape and colour each (start: green circle,
 * task: blue rounded box, approval: purple box, condition: amber diamond, end: red circle). Every type has the same
 * two ports, {@code in} on the left and {@code out} on the right, so a transition maps to an edge out → in and a
 * state can change type without losing its transitions. The canvas type name is the {@link StateType#code()}.
 */
public final class WorkflowNodeTypes {
    public static final String IN = "in";
    public static final String OUT = "out";
    private static final List<PortSpec> PORTS = List.of(PortSpec.in(IN, PortSide.LEFT), PortSpec.out(OUT, PortSide.RIGHT));
    private static final Map<StateType, NodeType> BY_STATE = new EnumMap<>(StateType.class);
    private static final NodeTypes ALL;

    static {
        put(StateType.START, "Start", NodeShape.ELLIPSE, "#2e9d5b", 64, 64);
        put(StateType.TASK, "Task", NodeShape.ROUNDED_RECTANGLE, "#2f6fed", 136, 64);
        put(StateType.APPROVAL, "Approval", NodeShape.RECTANGLE, "#8250df", 136, 64);
        put(StateType.CONDITION, "Condition", NodeShape.DIAMOND, "#d08700", 124, 80);
        put(StateType.END, "End", NodeShape.ELLIPSE, "#cf222e", 64, 64);
        ALL = new NodeTypes(List.copyOf(BY_STATE.values()));
    }

    private WorkflowNodeTypes() {
    }

    private static void put(StateType state, String display, NodeShape shape, String color, double w, double h) {
        BY_STATE.put(state, new NodeType(state.code(), display, shape, Color.web(color), w, h, PORTS));
    }

    /** The five types in palette order. */
    public static NodeTypes all() {
        return ALL;
    }

    public static NodeType of(StateType type) {
        return BY_STATE.get(type);
    }

    public static StateType stateTypeOf(DiagramNode node) {
        return StateType.fromCode(node.type().name());
    }

    /** The inline style that gives a node the state's own colour, or "" for the type's colour. */
    public static String styleFor(String color) {
        return parseColor(color).map(c -> "-node-color: " + color.strip() + ";").orElse("");
    }

    /** A CSS colour as the properties panel accepts it: {@code #rgb} or {@code #rrggbb}. Blank means "type colour". */
    public static Optional<Color> parseColor(String color) {
        if (color == null || !color.strip().matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            return Optional.empty();
        }
        return Optional.of(Color.web(color.strip()));
    }
}
