package io.buildify.canvas.model;

/** The outline a node type is drawn with. */
public enum NodeShape {
    RECTANGLE, ROUNDED_RECTANGLE, ELLIPSE, DIAMOND
}
