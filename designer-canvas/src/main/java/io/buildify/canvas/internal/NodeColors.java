package io.buildify.canvas.internal;

import javafx.scene.paint.Color;

/** The colours a node type's colour turns into, shared by the skin's CSS variable and the SVG writer. */
public final class NodeColors {
    private NodeColors() {
    }

    /** A light tint of the type colour for the node's body (what CSS {@code derive(-node-color, 85%)} gives). */
    public static Color fill(Color color) {
        return color.interpolate(Color.WHITE, 0.85);
    }

    public static String hex(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
