package io.buildify.canvas.internal;

import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Point2D;
import javafx.scene.shape.Line;

import java.util.Collection;

/**
 * Snapping a moved node to other nodes, as in diagram editors' smart guides: when the node's left edge, centre
 * or right edge comes within {@link #TOLERANCE_PIXELS} of another node's (likewise top, middle, bottom), it is
 * pulled into line and a guide line is drawn through both. Only nodes in and near the viewport count.
 */
final class AlignmentGuides {
    static final double TOLERANCE_PIXELS = 6;

    private final DiagramView view;
    private final Line vertical = guide();
    private final Line horizontal = guide();

    AlignmentGuides(DiagramView view, Overlay overlay) {
        this.view = view;
        overlay.getChildren().addAll(vertical, horizontal);
    }

    /**
     * The anchor's top-left corner pulled into line with another node, per axis; NaN on an axis with nothing in
     * reach. Shows or hides the guide lines accordingly.
     */
    Point2D align(DiagramNode anchor, double x, double y, Collection<DiagramNode> moving) {
        double tolerance = TOLERANCE_PIXELS / view.getZoom();
        double w = anchor.getWidth();
        double h = anchor.getHeight();
        double bestX = tolerance, bestY = tolerance;
        double snappedX = Double.NaN, snappedY = Double.NaN;
        DiagramNode byX = null, byY = null;
        double lineX = 0, lineY = 0;
        double viewMinX = -view.getOffsetX() / view.getZoom() - w;
        double viewMinY = -view.getOffsetY() / view.getZoom() - h;
        double viewMaxX = viewMinX + view.getWidth() / view.getZoom() + 2 * w;
        double viewMaxY = viewMinY + view.getHeight() / view.getZoom() + 2 * h;
        for (DiagramNode other : view.getDiagram().model().nodes()) {
            if (other == anchor || moving.contains(other) || other.getX() > viewMaxX || other.getY() > viewMaxY
                    || other.getX() + other.getWidth() < viewMinX || other.getY() + other.getHeight() < viewMinY) {
                continue;
            }
            for (int mine = 0; mine < 3; mine++) {
                for (int theirs = 0; theirs < 3; theirs++) {
                    double target = other.getX() + other.getWidth() * theirs / 2;
                    double distance = Math.abs(x + w * mine / 2 - target);
                    if (distance < bestX) {
                        bestX = distance;
                        snappedX = target - w * mine / 2;
                        lineX = target;
                        byX = other;
                    }
                    target = other.getY() + other.getHeight() * theirs / 2;
                    distance = Math.abs(y + h * mine / 2 - target);
                    if (distance < bestY) {
                        bestY = distance;
                        snappedY = target - h * mine / 2;
                        lineY = target;
                        byY = other;
                    }
                }
            }
        }
        double top = Double.isNaN(snappedY) ? y : snappedY;
        double left = Double.isNaN(snappedX) ? x : snappedX;
        show(vertical, byX, lineX, Math.min(top, byX == null ? 0 : byX.getY()),
                lineX, Math.max(top + h, byX == null ? 0 : byX.getY() + byX.getHeight()));
        show(horizontal, byY, Math.min(left, byY == null ? 0 : byY.getX()), lineY,
                Math.max(left + w, byY == null ? 0 : byY.getX() + byY.getWidth()), lineY);
        return new Point2D(snappedX, snappedY);
    }

    void clear() {
        vertical.setVisible(false);
        horizontal.setVisible(false);
    }

    private void show(Line line, DiagramNode other, double x1, double y1, double x2, double y2) {
        line.setVisible(other != null);
        if (other != null) {
            Point2D from = view.modelToLocal(x1, y1);
            Point2D to = view.modelToLocal(x2, y2);
            line.setStartX(from.getX());
            line.setStartY(from.getY());
            line.setEndX(to.getX());
            line.setEndY(to.getY());
        }
    }

    private static Line guide() {
        Line line = new Line();
        line.getStyleClass().add("alignment-guide");
        line.setManaged(false);
        line.setMouseTransparent(true);
        line.setVisible(false);
        return line;
    }
}
