package io.buildify.canvas.internal;

import io.buildify.canvas.Marker;
import io.buildify.canvas.model.DiagramEdge;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.util.List;

/** Draws one edge: its polyline with an arrowhead, its label, a badge, and a wider invisible line for clicking. */
public final class EdgeGlyph extends Group {
    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 4.5;
    private static final double BEND_HALF_SIZE = 4.5;

    private final DiagramEdge edge;
    private final Polyline hit = new Polyline();
    private final Polyline line = new Polyline();
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();
    /** Squares on the bend points, shown while the edge is selected: drag to move, double-click to remove. */
    private final Group bends = new Group();
    private boolean selected;
    private boolean detailed = true;
    private MarkerBadge badge;
    private List<Marker> shownMarkers = List.of();
    private Point2D middle = Point2D.ZERO;
    /** The last culling pass that found this glyph in the viewport (see {@link GlyphCuller}). */
    int cullPass;

    public EdgeGlyph(DiagramEdge edge) {
        this.edge = edge;
        setUserData(edge);
        getStyleClass().add("diagram-edge");
        hit.getStyleClass().add("edge-hit");
        // Picked but never painted: opacity 0 skips the wide transparent stroke the software renderer would fill.
        hit.setOpacity(0);
        line.getStyleClass().add("edge-line");
        line.setMouseTransparent(true);
        arrow.getStyleClass().add("edge-arrow");
        arrow.setMouseTransparent(true);
        label.getStyleClass().add("edge-label");
        label.setTextOrigin(VPos.BOTTOM);
        label.setMouseTransparent(true);
        bends.setVisible(false);
        getChildren().addAll(hit, line, arrow, label, bends);
    }

    public DiagramEdge edge() {
        return edge;
    }

    /** Redraws along the points (source port, waypoints, target port), in model coordinates. */
    public void update(List<Point2D> points) {
        Double[] coordinates = new Double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            coordinates[2 * i] = points.get(i).getX();
            coordinates[2 * i + 1] = points.get(i).getY();
        }
        Point2D end = points.get(points.size() - 1);
        Point2D from = points.get(points.size() - 2);
        Point2D direction = end.subtract(from);
        direction = direction.magnitude() == 0 ? new Point2D(1, 0) : direction.normalize();
        // Stop at the target port's rim, so the port circle does not cover the arrowhead.
        Point2D tip = end.subtract(direction.multiply(NodeGlyph.PORT_RADIUS));
        coordinates[coordinates.length - 2] = tip.getX();
        coordinates[coordinates.length - 1] = tip.getY();
        line.getPoints().setAll(coordinates);
        hit.getPoints().setAll(coordinates);
        Point2D base = tip.subtract(direction.multiply(ARROW_LENGTH));
        Point2D across = new Point2D(-direction.getY(), direction.getX()).multiply(ARROW_HALF_WIDTH);
        arrow.getPoints().setAll(tip.getX(), tip.getY(), base.getX() + across.getX(), base.getY() + across.getY(),
                base.getX() - across.getX(), base.getY() - across.getY());
        int half = (points.size() - 1) / 2;
        middle = points.get(half).midpoint(points.get(half + 1));
        placeBends(points);
        label.setText(edge.getLabel());
        label.setX(middle.getX() + 4);
        label.setY(middle.getY() - 3);
        if (badge != null) {
            badge.relocate(middle.getX() - MarkerBadge.RADIUS, middle.getY() - MarkerBadge.RADIUS);
        }
    }

    public void setDetailed(boolean detailed) {
        this.detailed = detailed;
        label.setVisible(detailed);
        arrow.setVisible(detailed);
        bends.setVisible(selected && detailed);
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
        pseudoClassStateChanged(NodeGlyph.SELECTED, selected);
        bends.setVisible(selected && detailed);
    }

    /** The square on waypoint {@code index}, or null (tests, screenshots). */
    public Rectangle bendHandle(int index) {
        return index < bends.getChildren().size() ? (Rectangle) bends.getChildren().get(index) : null;
    }

    private void placeBends(List<Point2D> points) {
        int count = points.size() - 2;
        while (bends.getChildren().size() > count) {
            bends.getChildren().remove(bends.getChildren().size() - 1);
        }
        while (bends.getChildren().size() < count) {
            Rectangle square = new Rectangle(2 * BEND_HALF_SIZE, 2 * BEND_HALF_SIZE);
            square.getStyleClass().add("bend-point");
            square.setUserData(new BendHandle(edge, bends.getChildren().size()));
            bends.getChildren().add(square);
        }
        for (int i = 0; i < count; i++) {
            Rectangle square = (Rectangle) bends.getChildren().get(i);
            square.setX(points.get(i + 1).getX() - BEND_HALF_SIZE);
            square.setY(points.get(i + 1).getY() - BEND_HALF_SIZE);
        }
    }

    public void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(NodeGlyph.HIGHLIGHTED, highlighted);
    }

    public void setMarkers(List<Marker> markers) {
        List<Marker> wanted = markers == null ? List.of() : List.copyOf(markers);
        if (wanted.equals(shownMarkers)) {
            return;
        }
        shownMarkers = wanted;
        if (badge != null) {
            getChildren().remove(badge);
            badge = null;
        }
        if (markers != null && !markers.isEmpty()) {
            badge = new MarkerBadge(markers);
            badge.relocate(middle.getX() - MarkerBadge.RADIUS, middle.getY() - MarkerBadge.RADIUS);
            getChildren().add(badge);
        }
    }

    public String markerText() {
        return badge == null ? null : badge.text();
    }
}
