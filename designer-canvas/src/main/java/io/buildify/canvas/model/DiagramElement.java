package io.buildify.canvas.model;

/**
 * Something the diagram shows and a command can change: a {@link DiagramNode} or a {@link DiagramEdge}. Ids are
 * unique within one {@link DiagramModel} and never reused for another element of it.
 */
public sealed interface DiagramElement permits DiagramNode, DiagramEdge {
    String id();
}
