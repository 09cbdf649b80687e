package io.buildify.canvas.model;

/** The side of a node's bounds a port sits on. */
public enum PortSide {
    LEFT, RIGHT, TOP, BOTTOM
}
