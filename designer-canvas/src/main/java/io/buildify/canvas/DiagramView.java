package io.buildify.canvas;

import io.buildify.canvas.clipboard.DiagramClipboard;
import io.buildify.canvas.internal.DiagramViewSkin;
import io.buildify.canvas.model.DiagramElement;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A control that shows and edits a {@link Diagram}. It holds view state only — the diagram, zoom, the viewport
 * offset, selection, markers and highlights — as properties; {@code DiagramViewSkin} draws and its behavior
 * handles input, and every edit goes through the diagram's command stack.
 *
 * <p>Coordinates: a model point p is shown at {@code p * zoom + offset} in the control's local coordinates.
 */
public class DiagramView extends Control {
    public static final String STYLE_CLASS = "diagram-view";
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4;
    /** Below this zoom, labels and ports are not drawn. */
    public static final double DETAIL_ZOOM = 0.4;
    private static final String STYLESHEET = Objects.requireNonNull(
            DiagramView.class.getResource("diagram-view.css"), "diagram-view.css").toExternalForm();

    private final ObjectProperty<Diagram> diagram = new SimpleObjectProperty<>(this, "diagram");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1) {
        @Override
        protected void invalidated() {
            double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, get()));
            if (clamped != get()) {
                set(clamped);
            }
        }
    };
    private final DoubleProperty offsetX = new SimpleDoubleProperty(this, "offsetX");
    private final DoubleProperty offsetY = new SimpleDoubleProperty(this, "offsetY");
    private final DoubleProperty gridSize = new SimpleDoubleProperty(this, "gridSize", 10);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final BooleanProperty snapToNodes = new SimpleBooleanProperty(this, "snapToNodes", true);
    private final ObjectProperty<DiagramClipboard> clipboard =
            new SimpleObjectProperty<>(this, "clipboard", DiagramClipboard.shared());
    private final ObservableSet<DiagramElement> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableMap<String, List<Marker>> markers = FXCollections.observableHashMap();
    private final ObservableSet<String> highlighted = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<ContextMenuContributor> contextMenuContributors = FXCollections.observableArrayList();
    private DiagramActions actions;

    public DiagramView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
    }

    public DiagramView(Diagram diagram) {
        this();
        setDiagram(diagram);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DiagramViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** The stylesheet the control ships, for off-screen rendering such as export. */
    public static String stylesheet() {
        return STYLESHEET;
    }

    public final ObjectProperty<Diagram> diagramProperty() {
        return diagram;
    }

    public final Diagram getDiagram() {
        return diagram.get();
    }

    public final void setDiagram(Diagram value) {
        diagram.set(value);
    }

    public final DoubleProperty zoomProperty() {
        return zoom;
    }

    public final double getZoom() {
        return zoom.get();
    }

    public final void setZoom(double value) {
        zoom.set(value);
    }

    public final DoubleProperty offsetXProperty() {
        return offsetX;
    }

    public final double getOffsetX() {
        return offsetX.get();
    }

    public final void setOffsetX(double value) {
        offsetX.set(value);
    }

    public final DoubleProperty offsetYProperty() {
        return offsetY;
    }

    public final double getOffsetY() {
        return offsetY.get();
    }

    public final void setOffsetY(double value) {
        offsetY.set(value);
    }

    public final DoubleProperty gridSizeProperty() {
        return gridSize;
    }

    public final double getGridSize() {
        return gridSize.get();
    }

    public final void setGridSize(double value) {
        gridSize.set(value);
    }

    public final BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public final boolean isSnapToGrid() {
        return snapToGrid.get();
    }

    public final void setSnapToGrid(boolean value) {
        snapToGrid.set(value);
    }

    public final BooleanProperty showGridProperty() {
        return showGrid;
    }

    public final boolean isShowGrid() {
        return showGrid.get();
    }

    public final void setShowGrid(boolean value) {
        showGrid.set(value);
    }

    /** Whether moving nodes snaps them to other nodes' edges and centres, with guide lines (on by default). */
    public final BooleanProperty snapToNodesProperty() {
        return snapToNodes;
    }

    public final boolean isSnapToNodes() {
        return snapToNodes.get();
    }

    public final void setSnapToNodes(boolean value) {
        snapToNodes.set(value);
    }

    public final ObjectProperty<DiagramClipboard> clipboardProperty() {
        return clipboard;
    }

    public final DiagramClipboard getClipboard() {
        return clipboard.get();
    }

    /** The selected nodes and edges (live; the view keeps it free of removed elements). */
    public final ObservableSet<DiagramElement> getSelection() {
        return selection;
    }

    /** Markers by element id; put a list to show badges on that node or edge, remove the key to clear. */
    public final ObservableMap<String, List<Marker>> getMarkers() {
        return markers;
    }

    /** Ids of highlighted elements (a path, a simulation step). */
    public final ObservableSet<String> getHighlighted() {
        return highlighted;
    }

    /** The host's additions to the right-click menu on nodes, edges and the canvas, asked in this order. */
    public final ObservableList<ContextMenuContributor> getContextMenuContributors() {
        return contextMenuContributors;
    }

    /** Highlights exactly these elements (node and edge ids along a path), replacing any earlier highlight. */
    public void highlightPath(Collection<String> elementIds) {
        highlighted.clear();
        highlighted.addAll(elementIds);
    }

    /** Copy, paste, delete and the other edit actions on the current selection, for menus and key bindings. */
    public DiagramActions actions() {
        if (actions == null) {
            actions = new DiagramActions(this);
        }
        return actions;
    }

    public Point2D modelToLocal(double x, double y) {
        return new Point2D(x * getZoom() + getOffsetX(), y * getZoom() + getOffsetY());
    }

    public Point2D localToModel(double x, double y) {
        return new Point2D((x - getOffsetX()) / getZoom(), (y - getOffsetY()) / getZoom());
    }

    /** The part of the model currently visible, in model coordinates. */
    public Bounds visibleModelBounds() {
        Point2D topLeft = localToModel(0, 0);
        return new BoundingBox(topLeft.getX(), topLeft.getY(), getWidth() / getZoom(), getHeight() / getZoom());
    }

    /** Multiplies the zoom, keeping the model point under (localX, localY) where it is. */
    public void zoomAt(double factor, double localX, double localY) {
        Point2D anchor = localToModel(localX, localY);
        setZoom(getZoom() * factor);
        setOffsetX(localX - anchor.getX() * getZoom());
        setOffsetY(localY - anchor.getY() * getZoom());
    }

    /** Zooms and pans so the whole diagram fits, never zooming in beyond 100 %. */
    public void fitToView() {
        Diagram current = getDiagram();
        if (current != null && !current.model().nodes().isEmpty()) {
            fitTo(current.model().boundsOf(current.model().nodes()));
        }
    }

    /** Zooms and pans so the selection fits. */
    public void zoomToSelection() {
        Diagram current = getDiagram();
        if (current != null && !selection.isEmpty()) {
            fitTo(current.model().boundsOf(selection));
        }
    }

    /** Pans (keeping the zoom) so the model point is in the middle of the control. */
    public void centerOn(double modelX, double modelY) {
        setOffsetX(getWidth() / 2 - modelX * getZoom());
        setOffsetY(getHeight() / 2 - modelY * getZoom());
    }

    /** Zooms and pans so the model-space bounds fit the control with a margin. */
    public void fitTo(Bounds modelBounds) {
        double margin = 24;
        double width = Math.max(1, getWidth() - 2 * margin);
        double height = Math.max(1, getHeight() - 2 * margin);
        double scale = Math.min(1, Math.min(width / Math.max(1, modelBounds.getWidth()),
                height / Math.max(1, modelBounds.getHeight())));
        setZoom(scale);
        setOffsetX(getWidth() / 2 - modelBounds.getCenterX() * getZoom());
        setOffsetY(getHeight() / 2 - modelBounds.getCenterY() * getZoom());
    }
}
