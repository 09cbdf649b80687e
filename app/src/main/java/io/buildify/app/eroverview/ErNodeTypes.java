package io.buildify.app.eroverview;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.canvas.model.NodeShape;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortSide;
import io.buildify.canvas.model.PortSpec;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * Canvas node types of the ER overview, one per draft status so the colour says where an entity stands (the same
 * colours as the explorer's badges), plus a grey one for a relationship target that is not in the project.
 * Links leave on the right and arrive on the left, which is what the left-to-right auto-layout expects.
 */
final class ErNodeTypes {
    static final String IN = "in";
    static final String OUT = "out";
    static final double WIDTH = 200;
    private static final List<PortSpec> PORTS = List.of(PortSpec.in(IN, PortSide.LEFT), PortSpec.out(OUT, PortSide.RIGHT));
    static final NodeType DRAFT = type("draft", "Draft", "#2f6fed");
    static final NodeType PUBLISHED = type("published", "Published", "#1e9e4a");
    static final NodeType CHANGED = type("changed", "Changed", "#d08700");
    static final NodeType MISSING = type("missing", "Not in project", "#8a94a3");
    static final NodeTypes ALL = NodeTypes.of(DRAFT, PUBLISHED, CHANGED, MISSING);

    private ErNodeTypes() {
    }

    private static NodeType type(String name, String display, String color) {
        return new NodeType(name, display, NodeShape.RECTANGLE, Color.web(color), WIDTH, 48, PORTS);
    }

    static NodeType of(DraftStatus status) {
        if (status == null) {
            return MISSING;
        }
        return switch (status) {
            case DRAFT -> DRAFT;
            case PUBLISHED -> PUBLISHED;
            case CHANGED -> CHANGED;
        };
    }

    /** Height of a box with this many text lines (the label's line plus key fields). */
    static double heightFor(int lines) {
        return 20 + 16 * Math.max(1, lines);
    }
}
