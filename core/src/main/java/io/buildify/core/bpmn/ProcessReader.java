package io.buildify.core.bpmn;

import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.Names;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.buildify.core.bpmn.BpmnNamespaces.MODEL;

/**
 * Maps the flow elements of one BPMN process to states and transitions: events, user and other tasks and exclusive
 * gateways become states placed where their diagram shapes are, sequence flows become transitions
 * ({@link FlowReader}); everything else is described in the dropped list, never skipped silently.
 */
final class ProcessReader {
    private final DiagramBounds diagram;
    private final Consumer<String> dropped;
    private final ImportedNames names = new ImportedNames("state");
    private final Map<String, WorkflowState> statesByBpmnId = new LinkedHashMap<>();
    /** BPMN id of each element that was not mapped, with how it is described, for the flows that touched it. */
    private final Map<String, String> droppedNodes = new LinkedHashMap<>();
    private final List<Element> flows = new ArrayList<>();
    private final Set<String> defaultFlows = new HashSet<>();
    private final List<Element> unplaced = new ArrayList<>();

    ProcessReader(DiagramBounds diagram, Consumer<String> dropped) {
        this.diagram = diagram;
        this.dropped = dropped;
    }

    List<WorkflowState> states() {
        return List.copyOf(statesByBpmnId.values());
    }

    List<WorkflowTransition> read(Element process) {
        for (Element element : Dom.children(process)) {
            if (!Dom.inNamespace(element, MODEL) || UnsupportedElements.SILENT.contains(element.getLocalName())) {
                continue; // vendor extension elements and non-visual parts carry nothing a workflow uses
            }
            String defaultFlow = Dom.attribute(element, "default");
            if (defaultFlow != null) {
                defaultFlows.add(defaultFlow);
            }
            readElement(element);
        }
        placeUnplaced();
        return new FlowReader(statesByBpmnId, droppedNodes, defaultFlows, dropped, diagram).read(flows);
    }

    private void readElement(Element element) {
        String kind = element.getLocalName();
        switch (kind) {
            case "sequenceFlow" -> flows.add(element);
            case "startEvent" -> addEvent(element, StateType.START);
            case "endEvent" -> addEvent(element, StateType.END);
            case "userTask" -> addState(element, "approval".equals(Dom.extension(element, "type"))
                    ? StateType.APPROVAL : StateType.TASK);
            case "exclusiveGateway" -> addState(element, StateType.CONDITION);
            case "laneSet" -> {
                if (!Dom.children(element, MODEL, "lane").isEmpty()) {
                    dropped.accept(UnsupportedElements.describe(element));
                }
            }
            default -> {
                if (UnsupportedElements.TASK_KINDS.contains(kind)) {
                    addState(element, StateType.TASK);
                    dropped.accept(Dom.describe(element) + ": " + (kind.equals("task")
                            ? "an abstract task became a plain task (exported again as a user task)"
                            : "a " + kind + " became a plain task"));
                } else {
                    String description = UnsupportedElements.describe(element);
                    dropped.accept(description);
                    droppedNodes.put(element.getAttribute("id"), Dom.describe(element));
                }
            }
        }
    }

    private void addEvent(Element element, StateType type) {
        addState(element, type);
        Dom.children(element).stream().filter(e -> Dom.inNamespace(e, MODEL))
                .filter(e -> e.getLocalName().endsWith("EventDefinition"))
                .forEach(definition -> dropped.accept(Dom.describe(element) + ": its " + definition.getLocalName()
                        + " was dropped; it became a plain " + (type == StateType.START ? "start" : "end")));
    }

    private void addState(Element element, StateType type) {
        String bpmnId = element.getAttribute("id");
        String id = orElse(Dom.extension(element, "id"), bpmnId);
        String label = Dom.label(element);
        String ours = Dom.extension(element, "name");
        String name = ours != null ? names.keep(ours) : names.claim(label, bpmnId);
        boolean isFinal = flag(Dom.extension(element, "final"), type == StateType.END);
        boolean requiresApproval = flag(Dom.extension(element, "requiresApproval"), type == StateType.APPROVAL);
        ShapeGeometry.Bounds bounds = diagram.of(bpmnId).orElse(null);
        if (bounds == null) {
            unplaced.add(element);
        }
        statesByBpmnId.put(bpmnId, new WorkflowState(id, name, label.isEmpty() ? Names.labelOf(name) : label,
                Dom.documentation(element), type, null, null, isFinal, requiresApproval, approval(element), null,
                List.of(), List.of(), List.of(), List.of(), bounds == null ? 0 : bounds.x(),
                bounds == null ? 0 : bounds.y()));
        Dom.children(element).stream().filter(e -> Dom.inNamespace(e, MODEL))
                .filter(e -> e.getLocalName().endsWith("LoopCharacteristics"))
                .forEach(loop -> dropped.accept(Dom.describe(element) + ": its " + loop.getLocalName()
                        + " (loop or multi-instance marker) was dropped"));
    }

    private static ApprovalConfig approval(Element element) {
        String roles = Dom.extension(element, "approverRoles");
        if (roles == null) {
            return null;
        }
        String required = Dom.extension(element, "requiredApprovers");
        return new ApprovalConfig(Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .toList(), required == null ? 1 : parseInt(required, 1));
    }

    /** States without a diagram shape go in a row below the drawing, so nothing lands on top of another. */
    private void placeUnplaced() {
        double below = statesByBpmnId.values().stream().mapToDouble(WorkflowState::y).max().orElse(0) + 150;
        double x = 100;
        for (Element element : unplaced) {
            String bpmnId = element.getAttribute("id");
            WorkflowState s = statesByBpmnId.get(bpmnId);
            statesByBpmnId.put(bpmnId, new WorkflowState(s.id(), s.name(), s.label(), s.description(), s.type(),
                    s.color(), s.icon(), s.isFinal(), s.requiresApproval(), s.approval(), s.slaHours(),
                    s.escalationRules(), s.onEntryActions(), s.onExitActions(), s.requiredFields(), x, below));
            dropped.accept(Dom.describe(element) + ": it has no shape in the diagram and was placed at ("
                    + DiagramWriter.number(x) + ", " + DiagramWriter.number(below) + ")");
            x += 150;
        }
    }

    static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static boolean flag(String value, boolean fallback) {
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    static int parseInt(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
