package io.buildify.canvas.internal;

import io.buildify.canvas.model.DiagramEdge;

/** What a bend-point square stands for (the edge and the waypoint's index), kept as its user data. */
public record BendHandle(DiagramEdge edge, int index) {
}
