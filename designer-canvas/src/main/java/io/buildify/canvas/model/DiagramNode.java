package io.buildify.canvas.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

import java.util.Objects;

/**
 * A typed box on the diagram. Position and size are in model coordinates (top-left corner). The properties are
 * observable so views follow them; change them through {@code Modeling} so the change can be undone — the
 * setters are public only for command handlers and for hosts loading a diagram.
 */
public final class DiagramNode implements DiagramElement {
    private final String id;
    private final NodeType type;
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x");
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y");
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width");
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty style = new SimpleStringProperty(this, "style", "");

    public DiagramNode(String id, NodeType type, double x, double y) {
        this(id, type, x, y, type.width(), type.height(), type.displayName());
    }

    public DiagramNode(String id, NodeType type, double x, double y, double width, double height, String label) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        setPosition(x, y);
        setSize(width, height);
        setLabel(label);
    }

    @Override
    public String id() {
        return id;
    }

    public NodeType type() {
        return type;
    }

    public ReadOnlyDoubleProperty xProperty() {
        return x;
    }

    public double getX() {
        return x.get();
    }

    public ReadOnlyDoubleProperty yProperty() {
        return y;
    }

    public double getY() {
        return y.get();
    }

    public void setPosition(double newX, double newY) {
        if (!Double.isFinite(newX) || !Double.isFinite(newY)) {
            throw new IllegalArgumentException("node '" + id + "': position must be finite, was " + newX + "," + newY);
        }
        x.set(newX);
        y.set(newY);
    }

    public ReadOnlyDoubleProperty widthProperty() {
        return width;
    }

    public double getWidth() {
        return width.get();
    }

    public ReadOnlyDoubleProperty heightProperty() {
        return height;
    }

    public double getHeight() {
        return height.get();
    }

    public void setSize(double newWidth, double newHeight) {
        if (!(newWidth > 0 && newHeight > 0)) {
            throw new IllegalArgumentException("node '" + id + "': size must be positive, was "
                    + newWidth + "x" + newHeight);
        }
        width.set(newWidth);
        height.set(newHeight);
    }

    public ReadOnlyStringProperty labelProperty() {
        return label;
    }

    public String getLabel() {
        return label.get();
    }

    public void setLabel(String newLabel) {
        label.set(Objects.requireNonNull(newLabel, "label"));
    }

    /** Free-form style the host may set (an inline JavaFX CSS string); the view applies it to the node's shape. */
    public ReadOnlyStringProperty styleProperty() {
        return style;
    }

    public String getStyle() {
        return style.get();
    }

    public void setStyle(String newStyle) {
        style.set(Objects.requireNonNull(newStyle, "style"));
    }

    public Bounds bounds() {
        return new BoundingBox(getX(), getY(), getWidth(), getHeight());
    }

    public Point2D center() {
        return new Point2D(getX() + getWidth() / 2, getY() + getHeight() / 2);
    }

    /** Where a port of this node's type sits, in model coordinates. */
    public Point2D portPosition(String portId) {
        PortSpec port = type.port(portId).orElseThrow(() -> new IllegalArgumentException(
                "node '" + id + "' of type '" + type.name() + "' has no port '" + portId + "'"));
        return portPosition(port);
    }

    public Point2D portPosition(PortSpec port) {
        return switch (port.side()) {
            case LEFT -> new Point2D(getX(), getY() + getHeight() * port.offset());
            case RIGHT -> new Point2D(getX() + getWidth(), getY() + getHeight() * port.offset());
            case TOP -> new Point2D(getX() + getWidth() * port.offset(), getY());
            case BOTTOM -> new Point2D(getX() + getWidth() * port.offset(), getY() + getHeight());
        };
    }

    @Override
    public String toString() {
        return "node " + id + " (" + type.name() + ")";
    }
}
