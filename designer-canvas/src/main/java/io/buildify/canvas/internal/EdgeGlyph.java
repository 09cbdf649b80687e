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

/**
 * Draws one edge: its polyline with an arrowhead, its label, a badge, and a wider invisible line for clicking. The
 * label's text node and the bend-point squares are made when there is a label or a bend point: most edges have
 * neither, and every node in the scene costs CSS and layout at first paint.
 */
public final class EdgeGlyph extends Group {
    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 4.5;
    private static final double BEND_HALF_SIZE = 4.5;

    private final DiagramEdge edge;
    private final Polyline hit = new Polyline();
    private final Polyline line = new Polyline();
    private final Polygon arrow = new Polygon();
    private Text label;
    /** Squares on the bend points, shown while the edge is selected: drag to move, double-click to remove. */
    private Group bends;
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
        getChildren().addAll(hit, line, arrow);
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
        placeLabel();
        if (badge != null) {
            badge.relocate(middle.getX() - MarkerBadge.RADIUS, middle.getY() - MarkerBadge.RADIUS);
        }
    }

    public void setDetailed(boolean detailed) {
        this.detailed = detailed;
        if (label != null) {
            label.setVisible(detailed);
        }
        arrow.setVisible(detailed);
        showBends();
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
        pseudoClassStateChanged(NodeGlyph.SELECTED, selected);
        showBends();
    }

    private void showBends() {
        if (bends != null) {
            bends.setVisible(selected && detailed);
        }
    }

    /** The label above the middle of the line; its text node is made for the first non-empty label. */
    private void placeLabel() {
        String text = edge.getLabel();
        if (label == null) {
            if (text == null || text.isEmpty()) {
                return;
            }
            label = new Text();
            label.getStyleClass().add("edge-label");
            label.setTextOrigin(VPos.BOTTOM);
            label.setMouseTransparent(true);
            label.setVisible(detailed);
            getChildren().add(getChildren().indexOf(arrow) + 1, label);
        }
        label.setText(text);
        label.setX(middle.getX() + 4);
        label.setY(middle.getY() - 3);
    }

    /** The square on waypoint {@code index}, or null (tests, screenshots). */
    public Rectangle bendHandle(int index) {
        return bends != null && index < bends.getChildren().size() ? (Rectangle) bends.getChildren().get(index) : null;
    }

    private void placeBends(List<Point2D> points) {
        int count = points.size() - 2;
        if (bends == null) {
            if (count == 0) {
                return;
            }
            bends = new Group();
            bends.setVisible(selected && detailed);
            // Above the line, arrow and label, below a marker badge.
            int labelAt = label == null ? -1 : getChildren().indexOf(label);
            getChildren().add(Math.max(labelAt, getChildren().indexOf(arrow)) + 1, bends);
        }
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
