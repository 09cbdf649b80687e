package io.buildify.canvas.internal;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.Marker;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws a {@link DiagramView}: a grid, then edges and nodes in one transformed group, then screen-space overlays.
 * It follows the model through property and list change events, collects what changed, and redraws once per
 * pulse in {@link #layoutChildren}. Only glyphs whose bounds meet the viewport are in the scene graph ({@link GlyphCuller}),
 * glyphs are built on first sight, and below {@link DiagramView#DETAIL_ZOOM} labels and ports are hidden.
 */
public final class DiagramViewSkin extends SkinBase<DiagramView> {
    private static final double CULL_MARGIN = 20;

    private final GridLayer grid = new GridLayer();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group content = new Group(edgeLayer, nodeLayer);
    private final Affine transform = new Affine();
    private final Overlay overlay = new Overlay();
    private final Rectangle clip = new Rectangle();
    private final GlyphCuller culler = new GlyphCuller(nodeLayer, edgeLayer, this::createGlyph, this::createGlyph);
    private final Set<DiagramNode> dirtyNodes = new LinkedHashSet<>();
    private final Set<DiagramEdge> dirtyEdges = new LinkedHashSet<>();
    private final DiagramViewBehavior behavior;
    private boolean viewportDirty = true;
    private double lastWidth = -1;
    private double lastHeight = -1;
    private boolean detailed = true;
    private Diagram shown;

    private final InvalidationListener nodeChanged = this::nodeChanged;
    private final InvalidationListener edgeChanged = this::edgeChanged;
    private final ListChangeListener<DiagramNode> nodesChanged = this::nodesChanged;
    private final ListChangeListener<DiagramEdge> edgesChanged = this::edgesChanged;
    private final InvalidationListener viewportChanged = o -> {
        viewportDirty = true;
        getSkinnable().requestLayout();
    };

    public DiagramViewSkin(DiagramView view) {
        super(view);
        content.getTransforms().add(transform);
        clip.widthProperty().bind(view.widthProperty());
        clip.heightProperty().bind(view.heightProperty());
        view.setClip(clip);
        getChildren().addAll(grid, content, overlay);
        registerInvalidationListener(view.diagramProperty(), o -> show(view.getDiagram()));
        view.zoomProperty().addListener(viewportChanged);
        view.offsetXProperty().addListener(viewportChanged);
        view.offsetYProperty().addListener(viewportChanged);
        view.gridSizeProperty().addListener(viewportChanged);
        view.showGridProperty().addListener(viewportChanged);
        view.getSelection().addListener((SetChangeListener<DiagramElement>) change -> {
            decorate(change.wasAdded() ? change.getElementAdded() : change.getElementRemoved());
        });
        view.getHighlighted().addListener((SetChangeListener<String>) change -> decorateById(
                change.wasAdded() ? change.getElementAdded() : change.getElementRemoved()));
        view.getMarkers().addListener((MapChangeListener<String, List<Marker>>) change -> decorateById(change.getKey()));
        behavior = new DiagramViewBehavior(view, this);
        show(view.getDiagram());
    }

    @Override
    public void dispose() {
        show(null);
        behavior.dispose();
        getSkinnable().zoomProperty().removeListener(viewportChanged);
        getSkinnable().offsetXProperty().removeListener(viewportChanged);
        getSkinnable().offsetYProperty().removeListener(viewportChanged);
        getSkinnable().gridSizeProperty().removeListener(viewportChanged);
        getSkinnable().showGridProperty().removeListener(viewportChanged);
        getSkinnable().setClip(null);
        super.dispose();
    }

    /** Screen-space layer for previews, the rubber band and the label editor (used by the behavior). */
    Overlay overlay() {
        return overlay;
    }

    /** The glyph drawn for an element right now, or null if it is culled or not yet built (tests, screenshots). */
    public Node glyphOf(DiagramElement element) {
        Node glyph = builtGlyph(element);
        return glyph != null && glyph.getParent() != null ? glyph : null;
    }

    public int shownNodeCount() {
        return culler.shownNodeCount();
    }

    public int shownEdgeCount() {
        return culler.shownEdgeCount();
    }

    /** How often the grid was rasterised (panning should not add to it). */
    public int gridRedraws() {
        return grid.redraws();
    }

    // The diagram is larger than any window: the control takes whatever room its parent gives it.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 400;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        DiagramView view = getSkinnable();
        overlay.resizeRelocate(0, 0, view.getWidth(), view.getHeight());
        if (viewportDirty || lastWidth != view.getWidth() || lastHeight != view.getHeight()) {
            lastWidth = view.getWidth();
            lastHeight = view.getHeight();
            transform.setToTransform(view.getZoom(), 0, view.getOffsetX(), 0, view.getZoom(), view.getOffsetY());
            grid.setVisible(view.isShowGrid());
            if (view.isShowGrid()) {
                grid.show(view.getWidth(), view.getHeight(), view.getGridSize(), view.getZoom(), view.getOffsetX(),
                        view.getOffsetY());
            }
            viewportDirty = false;
            cull();
        } else if (!dirtyNodes.isEmpty() || !dirtyEdges.isEmpty()) {
            redrawDirty();
            cull();
        }
    }

    private void show(Diagram diagram) {
        if (shown != null) {
            shown.model().nodes().removeListener(nodesChanged);
            shown.model().edges().removeListener(edgesChanged);
            shown.model().nodes().forEach(this::unwatch);
            shown.model().edges().forEach(this::unwatch);
        }
        culler.reset(diagram == null ? null : diagram.model());
        dirtyNodes.clear();
        dirtyEdges.clear();
        getSkinnable().getSelection().clear();
        shown = diagram;
        if (diagram != null) {
            diagram.model().nodes().addListener(nodesChanged);
            diagram.model().edges().addListener(edgesChanged);
            diagram.model().nodes().forEach(this::watch);
            diagram.model().edges().forEach(this::watch);
            dirtyNodes.addAll(diagram.model().nodes());
            dirtyEdges.addAll(diagram.model().edges());
        }
        viewportChanged.invalidated(null);
    }

    private void watch(DiagramNode node) {
        node.xProperty().addListener(nodeChanged);
        node.yProperty().addListener(nodeChanged);
        node.widthProperty().addListener(nodeChanged);
        node.heightProperty().addListener(nodeChanged);
        node.labelProperty().addListener(nodeChanged);
        node.styleProperty().addListener(nodeChanged);
    }

    private void unwatch(DiagramNode node) {
        node.xProperty().removeListener(nodeChanged);
        node.yProperty().removeListener(nodeChanged);
        node.widthProperty().removeListener(nodeChanged);
        node.heightProperty().removeListener(nodeChanged);
        node.labelProperty().removeListener(nodeChanged);
        node.styleProperty().removeListener(nodeChanged);
    }

    private void watch(DiagramEdge edge) {
        edge.labelProperty().addListener(edgeChanged);
        edge.waypointsProperty().addListener(edgeChanged);
    }

    private void unwatch(DiagramEdge edge) {
        edge.labelProperty().removeListener(edgeChanged);
        edge.waypointsProperty().removeListener(edgeChanged);
    }

    private void nodeChanged(Observable property) {
        dirtyNodes.add((DiagramNode) ((ReadOnlyProperty<?>) property).getBean());
        getSkinnable().requestLayout();
    }

    private void edgeChanged(Observable property) {
        dirtyEdges.add((DiagramEdge) ((ReadOnlyProperty<?>) property).getBean());
        getSkinnable().requestLayout();
    }

    private void nodesChanged(ListChangeListener.Change<? extends DiagramNode> change) {
        while (change.next()) {
            for (DiagramNode removed : change.getRemoved()) {
                unwatch(removed);
                culler.remove(removed);
                dirtyNodes.remove(removed);
                getSkinnable().getSelection().remove(removed);
            }
            for (DiagramNode added : change.getAddedSubList()) {
                watch(added);
                dirtyNodes.add(added);
            }
        }
        viewportChanged.invalidated(null);
    }

    private void edgesChanged(ListChangeListener.Change<? extends DiagramEdge> change) {
        while (change.next()) {
            for (DiagramEdge removed : change.getRemoved()) {
                unwatch(removed);
                culler.remove(removed);
                dirtyEdges.remove(removed);
                getSkinnable().getSelection().remove(removed);
            }
            for (DiagramEdge added : change.getAddedSubList()) {
                watch(added);
                dirtyEdges.add(added);
            }
        }
        viewportChanged.invalidated(null);
    }

    /** Brings the index and the built glyphs of changed nodes and edges up to date. */
    private void redrawDirty() {
        if (shown == null) {
            return;
        }
        DiagramModel model = shown.model();
        for (DiagramNode node : dirtyNodes) {
            culler.index(node);
            NodeGlyph glyph = culler.glyph(node);
            if (glyph != null) {
                glyph.update();
            }
            dirtyEdges.addAll(model.edgesOf(node.id()));
        }
        dirtyNodes.clear();
        for (DiagramEdge edge : dirtyEdges) {
            if (model.contains(edge)) {
                culler.index(edge);
                EdgeGlyph glyph = culler.glyph(edge);
                // A hidden glyph is redrawn when it comes into view.
                if (glyph != null && culler.isShown(glyph)) {
                    glyph.update(model.pointsOf(edge));
                }
            }
        }
        dirtyEdges.clear();
    }

    /** Puts exactly the glyphs that meet the viewport into the scene graph. */
    private void cull() {
        redrawDirty();
        if (shown == null) {
            return;
        }
        DiagramView view = getSkinnable();
        boolean detail = view.getZoom() >= DiagramView.DETAIL_ZOOM;
        if (detail != detailed) {
            detailed = detail;
            culler.allNodeGlyphs().forEach(glyph -> glyph.setDetailed(detail));
            culler.allEdgeGlyphs().forEach(glyph -> glyph.setDetailed(detail));
        }
        double margin = CULL_MARGIN / view.getZoom();
        double minX = (0 - view.getOffsetX()) / view.getZoom() - margin;
        double minY = (0 - view.getOffsetY()) / view.getZoom() - margin;
        double maxX = (view.getWidth() - view.getOffsetX()) / view.getZoom() + margin;
        double maxY = (view.getHeight() - view.getOffsetY()) / view.getZoom() + margin;
        culler.cull(minX, minY, maxX, maxY);
    }

    private NodeGlyph createGlyph(DiagramNode node) {
        NodeGlyph glyph = new NodeGlyph(node);
        glyph.setDetailed(detailed);
        decorate(glyph, node);
        return glyph;
    }

    private EdgeGlyph createGlyph(DiagramEdge edge) {
        EdgeGlyph glyph = new EdgeGlyph(edge);
        glyph.setDetailed(detailed);
        glyph.update(shown.model().pointsOf(edge));
        decorate(glyph, edge);
        return glyph;
    }

    private void decorateById(String id) {
        if (shown != null) {
            shown.model().findNode(id).ifPresent(this::decorate);
            shown.model().findEdge(id).ifPresent(this::decorate);
        }
    }

    private Node builtGlyph(DiagramElement element) {
        return element instanceof DiagramNode node ? culler.glyph(node) : culler.glyph((DiagramEdge) element);
    }

    private void decorate(DiagramElement element) {
        Node glyph = builtGlyph(element);
        if (glyph != null) {
            decorate(glyph, element);
        }
    }

    private void decorate(Node glyph, DiagramElement element) {
        DiagramView view = getSkinnable();
        boolean selected = view.getSelection().contains(element);
        boolean highlighted = view.getHighlighted().contains(element.id());
        List<Marker> markers = view.getMarkers().get(element.id());
        if (glyph instanceof NodeGlyph node) {
            node.setSelected(selected);
            node.setHighlighted(highlighted);
            node.setMarkers(markers);
        } else if (glyph instanceof EdgeGlyph edge) {
            edge.setSelected(selected);
            edge.setHighlighted(highlighted);
            edge.setMarkers(markers);
        }
    }
}
