package io.buildify.canvas;

import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Point2D;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the context menu was opened: on a node, on an edge, or on the empty canvas (no element), and the model
 * point under the mouse (for "add here" items).
 */
public record ContextMenuRequest(DiagramView view, DiagramElement element, Point2D modelPoint) {
    public enum Target { NODE, EDGE, CANVAS }

    public ContextMenuRequest {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(modelPoint, "modelPoint");
    }

    public Target target() {
        return element instanceof DiagramNode ? Target.NODE : element instanceof DiagramEdge ? Target.EDGE
                : Target.CANVAS;
    }

    public Optional<DiagramNode> node() {
        return element instanceof DiagramNode node ? Optional.of(node) : Optional.empty();
    }

    public Optional<DiagramEdge> edge() {
        return element instanceof DiagramEdge edge ? Optional.of(edge) : Optional.empty();
    }
}
