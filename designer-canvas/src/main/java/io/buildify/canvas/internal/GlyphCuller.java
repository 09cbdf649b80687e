package io.buildify.canvas.internal;

import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps exactly the glyphs whose bounds meet the viewport in the node and edge layers. Nodes and edges sit in
 * {@link SpatialIndex}es (an edge by the box around its two nodes and its waypoints, a cheap superset of its
 * line), so a frame visits only the buckets under the viewport. Glyphs are built on first sight and kept; the
 * per-frame work reuses its buffers and allocates nothing per element.
 */
final class GlyphCuller {
    /** Bucket edge in model units: a few nodes wide, so a 1:1 viewport touches a few dozen buckets. */
    private static final double CELL = 256;

    private final Group nodeLayer;
    private final Group edgeLayer;
    private final Function<DiagramNode, NodeGlyph> newNodeGlyph;
    private final Function<DiagramEdge, EdgeGlyph> newEdgeGlyph;
    private final SpatialIndex<DiagramNode> nodeIndex = new SpatialIndex<>(CELL);
    private final SpatialIndex<DiagramEdge> edgeIndex = new SpatialIndex<>(CELL);
    private final Map<DiagramNode, NodeGlyph> nodeGlyphs = new HashMap<>();
    private final Map<DiagramEdge, EdgeGlyph> edgeGlyphs = new HashMap<>();
    private final Set<NodeGlyph> shownNodes = new HashSet<>();
    private final Set<EdgeGlyph> shownEdges = new HashSet<>();
    private final List<Node> adding = new ArrayList<>();
    private final Set<Node> removing = new HashSet<>();
    private final Consumer<DiagramNode> visitNode = this::visit;
    private final Consumer<DiagramEdge> visitEdge = this::visit;
    private DiagramModel model;
    private int pass;

    GlyphCuller(Group nodeLayer, Group edgeLayer, Function<DiagramNode, NodeGlyph> newNodeGlyph,
                Function<DiagramEdge, EdgeGlyph> newEdgeGlyph) {
        this.nodeLayer = nodeLayer;
        this.edgeLayer = edgeLayer;
        this.newNodeGlyph = newNodeGlyph;
        this.newEdgeGlyph = newEdgeGlyph;
    }

    /** Forgets everything and follows another model (or none). */
    void reset(DiagramModel newModel) {
        model = newModel;
        nodeIndex.clear();
        edgeIndex.clear();
        nodeGlyphs.clear();
        edgeGlyphs.clear();
        shownNodes.clear();
        shownEdges.clear();
        nodeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
    }

    NodeGlyph glyph(DiagramNode node) {
        return nodeGlyphs.get(node);
    }

    EdgeGlyph glyph(DiagramEdge edge) {
        return edgeGlyphs.get(edge);
    }

    boolean isShown(EdgeGlyph glyph) {
        return shownEdges.contains(glyph);
    }

    int shownNodeCount() {
        return shownNodes.size();
    }

    int shownEdgeCount() {
        return shownEdges.size();
    }

    Iterable<NodeGlyph> allNodeGlyphs() {
        return nodeGlyphs.values();
    }

    Iterable<EdgeGlyph> allEdgeGlyphs() {
        return edgeGlyphs.values();
    }

    void index(DiagramNode node) {
        nodeIndex.put(node, node.getX(), node.getY(), node.getX() + node.getWidth(), node.getY() + node.getHeight());
    }

    void index(DiagramEdge edge) {
        DiagramNode source = model.node(edge.source().nodeId());
        DiagramNode target = model.node(edge.target().nodeId());
        double minX = Math.min(source.getX(), target.getX());
        double minY = Math.min(source.getY(), target.getY());
        double maxX = Math.max(source.getX() + source.getWidth(), target.getX() + target.getWidth());
        double maxY = Math.max(source.getY() + source.getHeight(), target.getY() + target.getHeight());
        for (Point2D p : edge.getWaypoints()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        edgeIndex.put(edge, minX, minY, maxX, maxY);
    }

    void remove(DiagramNode node) {
        nodeIndex.remove(node);
        NodeGlyph glyph = nodeGlyphs.remove(node);
        if (glyph != null && shownNodes.remove(glyph)) {
            nodeLayer.getChildren().remove(glyph);
        }
    }

    void remove(DiagramEdge edge) {
        edgeIndex.remove(edge);
        EdgeGlyph glyph = edgeGlyphs.remove(edge);
        if (glyph != null && shownEdges.remove(glyph)) {
            edgeLayer.getChildren().remove(glyph);
        }
    }

    /** Puts exactly the glyphs meeting the model rectangle into the layers; newly shown edges are redrawn. */
    void cull(double minX, double minY, double maxX, double maxY) {
        pass++;
        adding.clear();
        nodeIndex.query(minX, minY, maxX, maxY, visitNode);
        removing.clear();
        for (Iterator<NodeGlyph> shown = shownNodes.iterator(); shown.hasNext(); ) {
            NodeGlyph glyph = shown.next();
            if (glyph.cullPass != pass) {
                shown.remove();
                removing.add(glyph);
            }
        }
        apply(nodeLayer);
        edgeIndex.query(minX, minY, maxX, maxY, visitEdge);
        for (Iterator<EdgeGlyph> shown = shownEdges.iterator(); shown.hasNext(); ) {
            EdgeGlyph glyph = shown.next();
            if (glyph.cullPass != pass) {
                shown.remove();
                removing.add(glyph);
            }
        }
        apply(edgeLayer);
    }

    private void visit(DiagramNode node) {
        NodeGlyph glyph = nodeGlyphs.computeIfAbsent(node, newNodeGlyph);
        glyph.cullPass = pass;
        if (shownNodes.add(glyph)) {
            adding.add(glyph);
        }
    }

    private void visit(DiagramEdge edge) {
        EdgeGlyph glyph = edgeGlyphs.computeIfAbsent(edge, newEdgeGlyph);
        glyph.cullPass = pass;
        if (shownEdges.add(glyph)) {
            glyph.update(model.pointsOf(edge));
            adding.add(glyph);
        }
    }

    private void apply(Group layer) {
        if (!removing.isEmpty()) {
            layer.getChildren().removeAll(removing);
            removing.clear();
        }
        if (!adding.isEmpty()) {
            layer.getChildren().addAll(adding);
            adding.clear();
        }
    }
}
