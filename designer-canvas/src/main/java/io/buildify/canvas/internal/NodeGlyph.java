package io.buildify.canvas.internal;

import io.buildify.canvas.Marker;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortSpec;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws one node: its type's shape, the label, the ports and a marker badge. Colours come from CSS; the type's
 * colour is handed over as the looked-up variable {@code -node-color}.
 */
public final class NodeGlyph extends Group {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final double PORT_RADIUS = 4.5;
    static final double ICON_SIZE = 16;
    private static final double ICON_INSET = 8;

    private final DiagramNode node;
    private final Shape shape;
    private final Text label = new Text();
    private final Group ports = new Group();
    private final Map<String, Circle> portHandles = new HashMap<>();
    private final IconBox icon;
    private MarkerBadge badge;
    private List<Marker> shownMarkers = List.of();
    private String appliedStyle = "";
    private boolean detailed = true;
    /** The last culling pass that found this glyph in the viewport (see {@link GlyphCuller}). */
    int cullPass;

    public NodeGlyph(DiagramNode node) {
        this.node = node;
        getStyleClass().addAll("diagram-node", "node-type-" + node.type().name());
        setUserData(node);
        shape = switch (node.type().shape()) {
            case RECTANGLE, ROUNDED_RECTANGLE -> new Rectangle();
            case ELLIPSE -> new Ellipse();
            case DIAMOND -> new Polygon();
        };
        shape.getStyleClass().add("node-shape");
        label.getStyleClass().add("node-label");
        label.setTextOrigin(VPos.CENTER);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setMouseTransparent(true);
        // Scaled text on the software pipeline is drawn glyph outline by glyph outline (a fifth of a zoom frame);
        // a cached bitmap of the label is scaled instead.
        label.setCache(true);
        label.setCacheHint(CacheHint.SCALE);
        for (PortSpec spec : node.type().ports()) {
            Circle handle = new Circle(PORT_RADIUS);
            handle.getStyleClass().addAll("port", "port-" + spec.direction().name().toLowerCase());
            handle.setUserData(new PortHandle(node, spec));
            portHandles.put(spec.id(), handle);
            ports.getChildren().add(handle);
        }
        icon = IconBox.of(node.type().icon(), ICON_SIZE);
        getChildren().addAll(shape, label, ports);
        if (icon != null) {
            getChildren().add(1, icon);
        }
        update();
    }

    public DiagramNode node() {
        return node;
    }

    /** Copies the node's current position, size, label and style into the scene graph. */
    public void update() {
        double w = node.getWidth();
        double h = node.getHeight();
        setLayoutX(node.getX());
        setLayoutY(node.getY());
        if (shape instanceof Rectangle rectangle) {
            rectangle.setWidth(w);
            rectangle.setHeight(h);
            // Far out the corners are a pixel or two: square ones take the renderer's fast rectangle path.
            double arc = detailed && node.type().shape() == io.buildify.canvas.model.NodeShape.ROUNDED_RECTANGLE ? 14 : 0;
            rectangle.setArcWidth(arc);
            rectangle.setArcHeight(arc);
        } else if (shape instanceof Ellipse ellipse) {
            ellipse.setCenterX(w / 2);
            ellipse.setCenterY(h / 2);
            ellipse.setRadiusX(w / 2);
            ellipse.setRadiusY(h / 2);
        } else if (shape instanceof Polygon polygon) {
            polygon.getPoints().setAll(w / 2, 0.0, w, h / 2, w / 2, h, 0.0, h / 2);
        }
        label.setText(node.getLabel());
        placeLabelAndIcon(w, h);
        for (PortSpec spec : node.type().ports()) {
            Point2D at = node.portPosition(spec);
            Circle handle = portHandles.get(spec.id());
            handle.setCenterX(at.getX() - node.getX());
            handle.setCenterY(at.getY() - node.getY());
        }
        if (badge != null) {
            badge.relocate(w - MarkerBadge.RADIUS, -MarkerBadge.RADIUS);
        }
        String style = "-node-color: " + NodeColors.hex(node.type().color()) + ";" + node.getStyle();
        if (!style.equals(appliedStyle)) {
            appliedStyle = style;
            setStyle(style);
        }
    }

    /** Boxes have the icon on the left of the label; round shapes and diamonds have it above. */
    private void placeLabelAndIcon(double w, double h) {
        boolean box = shape instanceof Rectangle;
        double textLeft = icon != null && box ? ICON_INSET + ICON_SIZE + 4 : 4;
        label.setWrappingWidth(Math.max(10, w - textLeft - 4));
        label.setX(textLeft);
        label.setY(icon != null && !box ? h / 2 + 8 : h / 2);
        if (icon != null) {
            icon.setLayoutX(box ? ICON_INSET : (w - ICON_SIZE) / 2);
            icon.setLayoutY(box ? (h - ICON_SIZE) / 2 : h / 2 - ICON_SIZE - 1);
        }
    }

    /** The host's icon as drawn in this node, or null if its type has none. */
    public javafx.scene.Node icon() {
        return icon;
    }

    /** Level of detail: labels, icons and ports are left out when zoomed far out. */
    public void setDetailed(boolean detailed) {
        if (this.detailed != detailed) {
            this.detailed = detailed;
            update();
        }
        if (icon != null) {
            icon.setVisible(detailed);
        }
        label.setVisible(detailed);
        ports.setVisible(detailed);
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    public void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(HIGHLIGHTED, highlighted);
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
            getChildren().add(badge);
            update();
        }
    }

    /** The marker tooltip text, or null without markers. */
    public String markerText() {
        return badge == null ? null : badge.text();
    }

    public Circle portHandle(String portId) {
        return portHandles.get(portId);
    }

    public Text label() {
        return label;
    }
}
