package io.buildify.core.bpmn;

import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.Names;
import io.buildify.core.model.Waypoint;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static io.buildify.core.bpmn.BpmnNamespaces.MODEL;

/**
 * Maps sequence flows to transitions. A flow with no condition (or the {@code default} flow of its source) is
 * always open; a condition of the simple form {@code ${field op value}} becomes conditions; any other expression is
 * kept as text in the transition's description and reported. A flow whose source or target was dropped goes with
 * it, and is reported too. Display order follows the file, with the default flow last. The bend points of a flow's
 * diagram edge (its waypoints but the two ends) become the transition's waypoints.
 */
final class FlowReader {
    private final Map<String, WorkflowState> statesByBpmnId;
    private final Map<String, String> droppedNodes;
    private final Set<String> defaultFlows;
    private final Consumer<String> dropped;
    private final DiagramBounds diagram;
    private final ImportedNames names = new ImportedNames("flow");
    private final Map<String, Integer> outgoingCount = new HashMap<>();

    FlowReader(Map<String, WorkflowState> statesByBpmnId, Map<String, String> droppedNodes, Set<String> defaultFlows,
               Consumer<String> dropped, DiagramBounds diagram) {
        this.diagram = diagram;
        this.statesByBpmnId = statesByBpmnId;
        this.droppedNodes = droppedNodes;
        this.defaultFlows = defaultFlows;
        this.dropped = dropped;
    }

    List<WorkflowTransition> read(List<Element> flows) {
        List<Element> ordered = new ArrayList<>(flows.stream().filter(f -> !isDefault(f)).toList());
        ordered.addAll(flows.stream().filter(this::isDefault).toList());
        List<WorkflowTransition> byOrder = new ArrayList<>();
        for (Element flow : ordered) {
            transition(flow).ifPresent(byOrder::add);
        }
        // back to the file's order, so the list reads like the file
        Map<String, WorkflowTransition> byId = new HashMap<>();
        byOrder.forEach(t -> byId.put(t.id(), t));
        return flows.stream().map(f -> byId.get(orElseId(f))).filter(Objects::nonNull).toList();
    }

    private Optional<WorkflowTransition> transition(Element flow) {
        String source = flow.getAttribute("sourceRef");
        String target = flow.getAttribute("targetRef");
        WorkflowState from = statesByBpmnId.get(source);
        WorkflowState to = statesByBpmnId.get(target);
        if (from == null || to == null) {
            dropped.accept(Dom.describe(flow) + " from " + source + " to " + target + ": dropped with "
                    + (from == null ? "its source " + endDescription(source) : "its target " + endDescription(target)));
            return Optional.empty();
        }
        String label = Dom.label(flow);
        String ours = Dom.extension(flow, "name");
        String name = ours != null ? names.keep(ours) : names.claim(label, "to_" + to.name());
        List<String> description = new ArrayList<>();
        Optional.ofNullable(Dom.documentation(flow)).ifPresent(description::add);
        ConditionType type = ConditionType.ALWAYS;
        ConditionGroup conditions = ConditionGroup.empty();
        Optional<String> expression = Dom.child(flow, MODEL, "conditionExpression").map(e -> e.getTextContent().strip());
        if (expression.isPresent() && isDefault(flow)) {
            if (!expression.get().isEmpty()) {
                dropped.accept("conditionExpression '" + expression.get() + "' on " + flowName(flow)
                        + " ignored: it is the default flow of " + from.label() + ", taken when no other holds");
            }
        } else if (expression.isPresent() && expression.get().isEmpty()) {
            dropped.accept(flowName(flow) + ": its conditionExpression is empty and was ignored");
        } else if (expression.isPresent()) {
            Optional<ConditionGroup> parsed = ConditionExpressions.parse(expression.get());
            type = ConditionType.CONDITIONAL;
            if (parsed.isPresent()) {
                conditions = parsed.get();
            } else {
                description.add("BPMN condition: " + expression.get());
                dropped.accept("conditionExpression '" + expression.get() + "' on " + flowName(flow)
                        + " kept as text only (in the description): only ${field op value} joined by && or || "
                        + "becomes conditions");
            }
        }
        type = ourConditionType(flow).orElse(type);
        int fileOrder = outgoingCount.merge(source, 1, Integer::sum) - 1;
        String order = Dom.extension(flow, "displayOrder");
        String roles = Dom.extension(flow, "allowedRoles");
        String buttonLabel = label.isEmpty() ? Names.labelOf(name) : label;
        return Optional.of(new WorkflowTransition(orElseId(flow), name, label,
                description.isEmpty() ? null : String.join("\n\n", description), from.id(), to.id(), type,
                conditions, roles == null ? List.of() : Arrays.stream(roles.split(",")).map(String::strip)
                .filter(r -> !r.isEmpty()).toList(), List.of(), List.of(), buttonLabel, ButtonStyle.PRIMARY,
                order == null ? fileOrder : ProcessReader.parseInt(order, fileOrder),
                ShapeGeometry.bends(from, to, diagram.edge(flow.getAttribute("id"))).stream()
                        .map(p -> new Waypoint(p.x(), p.y())).toList()));
    }

    /** The condition type our own export wrote; an unknown value is ignored like any foreign attribute. */
    private static Optional<ConditionType> ourConditionType(Element flow) {
        String code = Dom.extension(flow, "conditionType");
        try {
            return code == null ? Optional.empty() : Optional.of(ConditionType.fromCode(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private boolean isDefault(Element flow) {
        return defaultFlows.contains(flow.getAttribute("id"));
    }

    private String endDescription(String bpmnId) {
        String node = droppedNodes.get(bpmnId);
        return node != null ? node : bpmnId + ", which is not in the process";
    }

    private static String flowName(Element flow) {
        String label = Dom.label(flow);
        return "flow " + (label.isEmpty() ? "" : "'" + label + "' ") + "(" + flow.getAttribute("id") + ")";
    }

    private static String orElseId(Element flow) {
        return ProcessReader.orElse(Dom.extension(flow, "id"), flow.getAttribute("id"));
    }
}
