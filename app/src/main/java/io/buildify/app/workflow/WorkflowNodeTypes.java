package io.buildify.app.workflow;

import io.buildify.app.ui.Icons;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeShape;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortSide;
import io.buildify.canvas.model.PortSpec;
import io.buildify.core.model.StateType;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canvas node types of the five workflow state types: a distinct shape and colour each (start: green circle,
 * task: blue rounded box, approval: purple box, condition: amber diamond, end: red circle). Every type has the same
 * two ports, {@code in} on the left and {@code out} on the right, so a transition maps to an edge out → in and a
 * state can change type without losing its transitions. The canvas type name is the {@link StateType#code()}.
 * Each type has a Material Design icon, shown in its nodes and palette entry.
 */
public final class WorkflowNodeTypes {
    public static final String IN = "in";
    public static final String OUT = "out";
    private static final List<PortSpec> PORTS = List.of(PortSpec.in(IN, PortSide.LEFT), PortSpec.out(OUT, PortSide.RIGHT));
    private static final Map<StateType, NodeType> BY_STATE = new EnumMap<>(StateType.class);
    private static final NodeTypes ALL;

    static {
        put(StateType.START, "Start", NodeShape.ELLIPSE, "#2e9d5b", 64, 64, MaterialDesignP.PLAY);
        put(StateType.TASK, "Task", NodeShape.ROUNDED_RECTANGLE, "#2f6fed", 136, 64,
                MaterialDesignC.CLIPBOARD_CHECK_OUTLINE);
        put(StateType.APPROVAL, "Approval", NodeShape.RECTANGLE, "#8250df", 136, 64,
                MaterialDesignA.ACCOUNT_CHECK_OUTLINE);
        put(StateType.CONDITION, "Condition", NodeShape.DIAMOND, "#d08700", 124, 80, MaterialDesignC.CALL_SPLIT);
        put(StateType.END, "End", NodeShape.ELLIPSE, "#cf222e", 64, 64, MaterialDesignS.STOP);
        ALL = new NodeTypes(List.copyOf(BY_STATE.values()));
    }

    private WorkflowNodeTypes() {
    }

    private static void put(StateType state, String display, NodeShape shape, String color, double w, double h,
                            Ikon icon) {
        Color typeColor = Color.web(color);
        Color iconColor = typeColor.deriveColor(0, 1, 0.7, 1); // darker than the fill, so it reads on it
        BY_STATE.put(state, new NodeType(state.code(), display, shape, typeColor, w, h, PORTS,
                () -> icon(icon, iconColor)));
    }

    /** A font icon in a darker shade of the type colour. */
    private static FontIcon icon(Ikon ikon, Color color) {
        FontIcon icon = Icons.sized(ikon, 16);
        icon.setIconColor(color);
        return icon;
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
