package io.buildify.canvas.internal;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.Minimap;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * Draws a {@link Minimap}: the nodes on a canvas, redrawn only when the model or the map's scale changes, and
 * the viewport as a rectangle, moved on every pan. The map shows the diagram's bounds together with the visible
 * area, so the rectangle never leaves it; while the user drags on the map its scale is frozen so the map does
 * not slide under the mouse.
 */
public final class MinimapSkin extends SkinBase<Minimap> {
    private static final double PADDING = 6;
    private static final double MARGIN = 40;

    private final Canvas nodes = new Canvas();
    private final Rectangle viewport = new Rectangle();
    private final InvalidationListener modelChanged = o -> markModelDirty();
    private final InvalidationListener viewportChanged = o -> getSkinnable().requestLayout();
    private final ListChangeListener<DiagramNode> nodesChanged = this::nodesChanged;
    private final ChangeListener<Diagram> diagramChanged = (o, old, now) -> follow(old, now);
    private final EventHandler<MouseEvent> mouse = event -> {
        if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            pressed(event);
        } else if (event.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            dragged(event);
        } else if (event.getEventType() == MouseEvent.MOUSE_RELEASED) {
            released(event);
        }
    };
    private DiagramView view;
    private boolean modelDirty = true;
    private boolean dragging;
    private Point2D grab = Point2D.ZERO;
    // The map: model point p is drawn at (p - origin) * scale + PADDING.
    private double originX;
    private double originY;
    private double scale = 1;
    private double drawnOriginX = Double.NaN;
    private double drawnOriginY;
    private double drawnScale;
    private double diagramMinX;
    private double diagramMinY;
    private double diagramMaxX;
    private double diagramMaxY;
    private int redraws;

    public MinimapSkin(Minimap minimap) {
        super(minimap);
        nodes.setMouseTransparent(true);
        nodes.setManaged(false);
        viewport.getStyleClass().add("minimap-viewport");
        viewport.setManaged(false);
        viewport.setMouseTransparent(true);
        getChildren().addAll(nodes, viewport);
        registerChangeListener(minimap.viewProperty(), o -> attach(minimap.getView()));
        minimap.addEventHandler(MouseEvent.ANY, mouse);
        attach(minimap.getView());
    }

    @Override
    public void dispose() {
        attach(null);
        getSkinnable().removeEventHandler(MouseEvent.ANY, mouse);
        super.dispose();
    }

    /** The viewport rectangle in the minimap's coordinates (tests). */
    public Rectangle viewportRectangle() {
        return viewport;
    }

    /** Where a model point is drawn on the map (tests). */
    public Point2D toMap(double modelX, double modelY) {
        return new Point2D((modelX - originX) * scale + PADDING, (modelY - originY) * scale + PADDING);
    }

    /** How often the nodes were drawn (tests: panning inside the diagram does not redraw them). */
    public int redraws() {
        return redraws;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 220;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 150;
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return computePrefWidth(height, top, right, bottom, left);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Minimap minimap = getSkinnable();
        if (view == null || view.getDiagram() == null || view.getWidth() <= 0) {
            nodes.getGraphicsContext2D().clearRect(0, 0, nodes.getWidth(), nodes.getHeight());
            viewport.setVisible(false);
            return;
        }
        if (modelDirty) {
            measureDiagram(view.getDiagram().model());
        }
        double zoom = view.getZoom();
        double visibleMinX = -view.getOffsetX() / zoom;
        double visibleMinY = -view.getOffsetY() / zoom;
        double visibleMaxX = visibleMinX + view.getWidth() / zoom;
        double visibleMaxY = visibleMinY + view.getHeight() / zoom;
        if (!dragging) {
            double minX = Math.min(diagramMinX - MARGIN, visibleMinX);
            double minY = Math.min(diagramMinY - MARGIN, visibleMinY);
            double maxX = Math.max(diagramMaxX + MARGIN, visibleMaxX);
            double maxY = Math.max(diagramMaxY + MARGIN, visibleMaxY);
            scale = Math.min((minimap.getWidth() - 2 * PADDING) / (maxX - minX),
                    (minimap.getHeight() - 2 * PADDING) / (maxY - minY));
            // Centre the world in the map.
            originX = minX - ((minimap.getWidth() - 2 * PADDING) / scale - (maxX - minX)) / 2;
            originY = minY - ((minimap.getHeight() - 2 * PADDING) / scale - (maxY - minY)) / 2;
        }
        if (modelDirty || originX != drawnOriginX || originY != drawnOriginY || scale != drawnScale
                || nodes.getWidth() != minimap.getWidth() || nodes.getHeight() != minimap.getHeight()) {
            drawNodes(view.getDiagram().model(), minimap.getWidth(), minimap.getHeight());
        }
        Point2D topLeft = toMap(visibleMinX, visibleMinY);
        viewport.setVisible(true);
        viewport.setX(topLeft.getX());
        viewport.setY(topLeft.getY());
        viewport.setWidth((visibleMaxX - visibleMinX) * scale);
        viewport.setHeight((visibleMaxY - visibleMinY) * scale);
    }

    private void measureDiagram(DiagramModel model) {
        diagramMinX = Double.POSITIVE_INFINITY;
        diagramMinY = Double.POSITIVE_INFINITY;
        diagramMaxX = Double.NEGATIVE_INFINITY;
        diagramMaxY = Double.NEGATIVE_INFINITY;
        for (DiagramNode node : model.nodes()) {
            diagramMinX = Math.min(diagramMinX, node.getX());
            diagramMinY = Math.min(diagramMinY, node.getY());
            diagramMaxX = Math.max(diagramMaxX, node.getX() + node.getWidth());
            diagramMaxY = Math.max(diagramMaxY, node.getY() + node.getHeight());
        }
        if (diagramMinX > diagramMaxX) {
            diagramMinX = diagramMinY = diagramMaxX = diagramMaxY = 0;
        }
    }

    private void drawNodes(DiagramModel model, double width, double height) {
        redraws++;
        modelDirty = false;
        drawnOriginX = originX;
        drawnOriginY = originY;
        drawnScale = scale;
        nodes.setWidth(width);
        nodes.setHeight(height);
        GraphicsContext g = nodes.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        for (DiagramNode node : model.nodes()) {
            g.setFill(node.type().color());
            g.fillRect((node.getX() - originX) * scale + PADDING, (node.getY() - originY) * scale + PADDING,
                    Math.max(1.5, node.getWidth() * scale), Math.max(1.5, node.getHeight() * scale));
        }
    }

    private void pressed(MouseEvent event) {
        if (view == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragging = true;
        Point2D model = toModel(event.getX(), event.getY());
        Point2D centre = view.localToModel(view.getWidth() / 2, view.getHeight() / 2);
        // Grabbing the rectangle moves it from where it was grabbed; elsewhere the view jumps to centre there.
        grab = viewport.contains(event.getX(), event.getY()) ? model.subtract(centre) : Point2D.ZERO;
        view.centerOn(model.getX() - grab.getX(), model.getY() - grab.getY());
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (dragging) {
            Point2D model = toModel(event.getX(), event.getY());
            view.centerOn(model.getX() - grab.getX(), model.getY() - grab.getY());
            event.consume();
        }
    }

    private void released(MouseEvent event) {
        if (dragging) {
            dragging = false;
            getSkinnable().requestLayout();
            event.consume();
        }
    }

    private Point2D toModel(double mapX, double mapY) {
        return new Point2D((mapX - PADDING) / scale + originX, (mapY - PADDING) / scale + originY);
    }

    private void attach(DiagramView newView) {
        if (view != null) {
            view.diagramProperty().removeListener(diagramChanged);
            view.zoomProperty().removeListener(viewportChanged);
            view.offsetXProperty().removeListener(viewportChanged);
            view.offsetYProperty().removeListener(viewportChanged);
            view.widthProperty().removeListener(viewportChanged);
            view.heightProperty().removeListener(viewportChanged);
            follow(view.getDiagram(), null);
        }
        view = newView;
        if (view != null) {
            view.diagramProperty().addListener(diagramChanged);
            view.zoomProperty().addListener(viewportChanged);
            view.offsetXProperty().addListener(viewportChanged);
            view.offsetYProperty().addListener(viewportChanged);
            view.widthProperty().addListener(viewportChanged);
            view.heightProperty().addListener(viewportChanged);
            follow(null, view.getDiagram());
        }
        markModelDirty();
    }

    private void follow(Diagram old, Diagram now) {
        if (old != null) {
            old.model().nodes().removeListener(nodesChanged);
            old.model().nodes().forEach(this::unwatch);
        }
        if (now != null) {
            now.model().nodes().addListener(nodesChanged);
            now.model().nodes().forEach(this::watch);
        }
        markModelDirty();
    }

    private void nodesChanged(ListChangeListener.Change<? extends DiagramNode> change) {
        while (change.next()) {
            change.getRemoved().forEach(this::unwatch);
            change.getAddedSubList().forEach(this::watch);
        }
        markModelDirty();
    }

    private void watch(DiagramNode node) {
        node.xProperty().addListener(modelChanged);
        node.yProperty().addListener(modelChanged);
        node.widthProperty().addListener(modelChanged);
        node.heightProperty().addListener(modelChanged);
    }

    private void unwatch(DiagramNode node) {
        node.xProperty().removeListener(modelChanged);
        node.yProperty().removeListener(modelChanged);
        node.widthProperty().removeListener(modelChanged);
        node.heightProperty().removeListener(modelChanged);
    }

    private void markModelDirty() {
        modelDirty = true;
        getSkinnable().requestLayout();
    }
}
