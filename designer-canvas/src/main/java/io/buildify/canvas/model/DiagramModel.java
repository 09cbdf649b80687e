package io.buildify.canvas.model;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The graph a diagram shows: nodes and the edges between their ports, as observable lists, separate from any
 * view. It keeps one invariant — every edge connects two existing ports — and refuses changes that would break
 * it. Undoable editing goes through {@code Modeling}; the mutators here are the primitive steps its command
 * handlers use (and what a host uses to load a diagram).
 */
public final class DiagramModel {
    private final ObservableList<DiagramNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<DiagramEdge> edges = FXCollections.observableArrayList();
    private final ObservableList<DiagramNode> readOnlyNodes = FXCollections.unmodifiableObservableList(nodes);
    private final ObservableList<DiagramEdge> readOnlyEdges = FXCollections.unmodifiableObservableList(edges);
    private final Map<String, DiagramNode> nodesById = new HashMap<>();
    private final Map<String, DiagramEdge> edgesById = new HashMap<>();
    private final Map<String, Set<DiagramEdge>> edgesByNode = new HashMap<>();
    private long idCounter;

    public ObservableList<DiagramNode> nodes() {
        return readOnlyNodes;
    }

    public ObservableList<DiagramEdge> edges() {
        return readOnlyEdges;
    }

    public Optional<DiagramNode> findNode(String id) {
        return Optional.ofNullable(nodesById.get(id));
    }

    public DiagramNode node(String id) {
        DiagramNode node = nodesById.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node '" + id + "' in the diagram");
        }
        return node;
    }

    public Optional<DiagramEdge> findEdge(String id) {
        return Optional.ofNullable(edgesById.get(id));
    }

    public boolean contains(DiagramElement element) {
        Object found = element instanceof DiagramNode ? nodesById.get(element.id()) : edgesById.get(element.id());
        return found == element;
    }

    /** Edges that start or end at the node, in insertion order. */
    public List<DiagramEdge> edgesOf(String nodeId) {
        Set<DiagramEdge> attached = edgesByNode.get(nodeId);
        return attached == null ? List.of() : List.copyOf(attached);
    }

    /** A fresh id with the prefix, unused by any element of this model. */
    public String newId(String prefix) {
        String id;
        do {
            id = prefix + (++idCounter);
        } while (nodesById.containsKey(id) || edgesById.containsKey(id));
        return id;
    }

    public void addNode(DiagramNode node) {
        addNode(nodes.size(), node);
    }

    public void addNode(int index, DiagramNode node) {
        Objects.requireNonNull(node, "node");
        requireUnusedId(node.id());
        nodesById.put(node.id(), node);
        nodes.add(index, node);
    }

    /** Removes a node that no edge touches; returns the index it had, for undo. */
    public int removeNode(DiagramNode node) {
        requirePresent(node);
        if (edgesByNode.containsKey(node.id())) {
            throw new IllegalStateException("cannot remove " + node + ": edges still attached "
                    + edgesOf(node.id()).stream().map(DiagramEdge::id).toList());
        }
        int index = nodes.indexOf(node);
        nodes.remove(index);
        nodesById.remove(node.id());
        return index;
    }

    public void addEdge(DiagramEdge edge) {
        addEdge(edges.size(), edge);
    }

    public void addEdge(int index, DiagramEdge edge) {
        Objects.requireNonNull(edge, "edge");
        requireUnusedId(edge.id());
        requirePort(edge, edge.source());
        requirePort(edge, edge.target());
        edgesById.put(edge.id(), edge);
        edgesByNode.computeIfAbsent(edge.source().nodeId(), k -> new LinkedHashSet<>()).add(edge);
        edgesByNode.computeIfAbsent(edge.target().nodeId(), k -> new LinkedHashSet<>()).add(edge);
        edges.add(index, edge);
    }

    /** Removes an edge; returns the index it had, for undo. */
    public int removeEdge(DiagramEdge edge) {
        requirePresent(edge);
        int index = edges.indexOf(edge);
        edges.remove(index);
        edgesById.remove(edge.id());
        detach(edge.source().nodeId(), edge);
        detach(edge.target().nodeId(), edge);
        return index;
    }

    /** The polyline an edge is drawn along: source port, waypoints, target port. */
    public List<Point2D> pointsOf(DiagramEdge edge) {
        List<Point2D> points = new ArrayList<>(edge.getWaypoints().size() + 2);
        points.add(node(edge.source().nodeId()).portPosition(edge.source().portId()));
        points.addAll(edge.getWaypoints());
        points.add(node(edge.target().nodeId()).portPosition(edge.target().portId()));
        return points;
    }

    /** The smallest box around the elements, or empty bounds at the origin when there are none. */
    public Bounds boundsOf(Collection<? extends DiagramElement> elements) {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (DiagramElement element : elements) {
            List<Point2D> corners = element instanceof DiagramNode node
                    ? List.of(new Point2D(node.getX(), node.getY()),
                    new Point2D(node.getX() + node.getWidth(), node.getY() + node.getHeight()))
                    : pointsOf((DiagramEdge) element);
            for (Point2D p : corners) {
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
        }
        return minX > maxX ? new BoundingBox(0, 0, 0, 0) : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    public DiagramSnapshot snapshot() {
        return new DiagramSnapshot(nodes.stream().map(DiagramSnapshot.NodeState::of).toList(),
                edges.stream().map(DiagramSnapshot.EdgeState::of).toList());
    }

    private void detach(String nodeId, DiagramEdge edge) {
        Set<DiagramEdge> attached = edgesByNode.get(nodeId);
        if (attached != null && attached.remove(edge) && attached.isEmpty()) {
            edgesByNode.remove(nodeId);
        }
    }

    private void requireUnusedId(String id) {
        if (nodesById.containsKey(id) || edgesById.containsKey(id)) {
            throw new IllegalArgumentException("id '" + id + "' is already used in the diagram");
        }
    }

    private void requirePresent(DiagramElement element) {
        if (!contains(Objects.requireNonNull(element, "element"))) {
            throw new IllegalArgumentException(element + " is not in the diagram");
        }
    }

    private void requirePort(DiagramEdge edge, PortRef end) {
        DiagramNode node = nodesById.get(end.nodeId());
        if (node == null) {
            throw new IllegalArgumentException(edge + ": no node '" + end.nodeId() + "' in the diagram");
        }
        if (node.type().port(end.portId()).isEmpty()) {
            throw new IllegalArgumentException(edge + ": " + node + " has no port '" + end.portId() + "'");
        }
    }
}
