package io.buildify.core.bpmn;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.buildify.core.bpmn.BpmnNamespaces.BPMNDI;
import static io.buildify.core.bpmn.BpmnNamespaces.DC;
import static io.buildify.core.bpmn.BpmnNamespaces.DI;

/** Writes the BPMN diagram interchange: one plane, a shape per state with its bounds, an edge per transition through its bend points. */
final class DiagramWriter {
    private DiagramWriter() {
    }

    static void write(Element definitions, String processId, Map<String, WorkflowState> states,
                      List<WorkflowTransition> transitions) {
        Element diagram = element(definitions, BPMNDI, "bpmndi:BPMNDiagram");
        diagram.setAttribute("id", "BPMNDiagram_" + processId);
        Element plane = element(diagram, BPMNDI, "bpmndi:BPMNPlane");
        plane.setAttribute("id", "BPMNPlane_" + processId);
        plane.setAttribute("bpmnElement", processId);
        for (WorkflowState state : states.values()) {
            String id = BpmnIds.toNcName(state.id());
            Element shape = element(plane, BPMNDI, "bpmndi:BPMNShape");
            shape.setAttribute("id", id + "_di");
            shape.setAttribute("bpmnElement", id);
            if (state.type() == StateType.CONDITION) {
                shape.setAttribute("isMarkerVisible", "true");
            }
            ShapeGeometry.Bounds bounds = ShapeGeometry.bounds(state);
            Element box = element(shape, DC, "dc:Bounds");
            box.setAttribute("x", number(bounds.x()));
            box.setAttribute("y", number(bounds.y()));
            box.setAttribute("width", number(bounds.width()));
            box.setAttribute("height", number(bounds.height()));
        }
        for (WorkflowTransition transition : transitions) {
            String id = BpmnIds.toNcName(transition.id());
            Element edge = element(plane, BPMNDI, "bpmndi:BPMNEdge");
            edge.setAttribute("id", id + "_di");
            edge.setAttribute("bpmnElement", id);
            List<ShapeGeometry.Point> bends = transition.waypoints().stream()
                    .map(w -> new ShapeGeometry.Point(w.x(), w.y())).toList();
            for (ShapeGeometry.Point point : ShapeGeometry.waypoints(states.get(transition.fromStateId()),
                    states.get(transition.toStateId()), bends)) {
                Element waypoint = element(edge, DI, "di:waypoint");
                waypoint.setAttribute("x", number(point.x()));
                waypoint.setAttribute("y", number(point.y()));
            }
        }
    }

    private static Element element(Element parent, String namespace, String qualifiedName) {
        Element element = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        parent.appendChild(element);
        return element;
    }

    /** "176" rather than "176.0", and never an exponent: what other modelers write. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
