package io.buildify.core.bpmn;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape bounds and edge waypoints of a file's diagram interchange, by BPMN element id. Every diagram of the file is read (Camunda
 * Modeler writes a second, drill-down diagram for collapsed sub-processes); the first shape of an element wins.
 */
final class DiagramBounds {
    private final Map<String, ShapeGeometry.Bounds> byElement = new HashMap<>();
    private final Map<String, List<ShapeGeometry.Point>> edges = new HashMap<>();

    DiagramBounds(Document document) {
        NodeList shapes = document.getElementsByTagNameNS(BpmnNamespaces.BPMNDI, "BPMNShape");
        for (int i = 0; i < shapes.getLength(); i++) {
            Element shape = (Element) shapes.item(i);
            String element = shape.getAttribute("bpmnElement");
            Dom.child(shape, BpmnNamespaces.DC, "Bounds").flatMap(DiagramBounds::bounds)
                    .ifPresent(bounds -> byElement.putIfAbsent(element, bounds));
        }
        NodeList edgeList = document.getElementsByTagNameNS(BpmnNamespaces.BPMNDI, "BPMNEdge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            Element edge = (Element) edgeList.item(i);
            edges.putIfAbsent(edge.getAttribute("bpmnElement"), waypoints(edge));
        }
    }

    /** The waypoints of an element's edge, or an empty list (also when one of them has no usable numbers). */
    List<ShapeGeometry.Point> edge(String elementId) {
        return edges.getOrDefault(elementId, List.of());
    }

    private static List<ShapeGeometry.Point> waypoints(Element edge) {
        List<ShapeGeometry.Point> points = new ArrayList<>();
        NodeList list = edge.getElementsByTagNameNS(BpmnNamespaces.DI, "waypoint");
        try {
            for (int i = 0; i < list.getLength(); i++) {
                Element point = (Element) list.item(i);
                points.add(new ShapeGeometry.Point(Double.parseDouble(point.getAttribute("x")),
                        Double.parseDouble(point.getAttribute("y"))));
            }
        } catch (NumberFormatException e) {
            return List.of(); // drawn as a straight line instead
        }
        return points;
    }

    Optional<ShapeGeometry.Bounds> of(String elementId) {
        return Optional.ofNullable(byElement.get(elementId));
    }

    private static Optional<ShapeGeometry.Bounds> bounds(Element box) {
        try {
            return Optional.of(new ShapeGeometry.Bounds(Double.parseDouble(box.getAttribute("x")),
                    Double.parseDouble(box.getAttribute("y")), Double.parseDouble(box.getAttribute("width")),
                    Double.parseDouble(box.getAttribute("height"))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a shape without usable bounds counts as no shape: the state gets a place
        }
    }
}
