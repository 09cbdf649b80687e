package io.buildify.core.bpmn;

import io.buildify.core.model.ConditionType;
import io.buildify.core.model.Names;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.buildify.core.bpmn.BpmnNamespaces.BUILDIFY;
import static io.buildify.core.bpmn.BpmnNamespaces.MODEL;

/**
 * Writes a workflow as a BPMN 2.0 file with diagram interchange, so other modelers (Camunda Modeler, bpmn.io,
 * Signavio, …) open it as drawn here. A pure function: the same workflow always gives the same text.
 *
 * <p>Mapping: start → {@code startEvent}, end → {@code endEvent}, task and approval → {@code userTask}, condition →
 * {@code exclusiveGateway} whose {@code default} is its default branch, transition → {@code sequenceFlow} with the
 * condition group as a {@code ${...}} expression. Labels become BPMN names. What BPMN has no place for (state type
 * approval, approver roles, technical names, condition type, display order, allowed roles) travels in
 * {@code buildify:} attributes, which other tools ignore and {@link BpmnImporter} reads back. Colours, icons, SLAs,
 * actions and required fields are not exported. A transition between states that do not exist has nothing to
 * connect in BPMN and is left out (the canvas already marks it as an error).
 */
public final class BpmnExporter {
    private BpmnExporter() {
    }

    public static String export(WorkflowDefinition workflow) {
        Objects.requireNonNull(workflow, "workflow");
        Map<String, WorkflowState> states = new LinkedHashMap<>();
        workflow.states().forEach(s -> states.putIfAbsent(s.id(), s));
        List<WorkflowTransition> transitions = workflow.transitions().stream()
                .filter(t -> states.containsKey(t.fromStateId()) && states.containsKey(t.toStateId())).toList();

        Document document = SecureXml.newDocument();
        Element definitions = document.createElementNS(MODEL, "bpmn:definitions");
        declare(definitions, "bpmn", MODEL);
        declare(definitions, "bpmndi", BpmnNamespaces.BPMNDI);
        declare(definitions, "dc", BpmnNamespaces.DC);
        declare(definitions, "di", BpmnNamespaces.DI);
        declare(definitions, "xsi", BpmnNamespaces.XSI);
        declare(definitions, "buildify", BUILDIFY);
        String processId = BpmnIds.toNcName(workflow.id());
        definitions.setAttribute("id", "Definitions_" + processId);
        definitions.setAttribute("targetNamespace", BUILDIFY);
        definitions.setAttribute("exporter", "Buildify Designer");
        document.appendChild(definitions);

        Element process = child(definitions, "process");
        process.setAttribute("id", processId);
        process.setAttribute("name", labelOf(workflow.label(), workflow.name()));
        process.setAttribute("isExecutable", "false");
        keepId(process, workflow.id());
        extension(process, "name", workflow.name());
        extension(process, "entity", workflow.entityName());
        extension(process, "category", workflow.category());
        documentation(process, workflow.description());
        states.values().forEach(state -> writeState(process, state, transitions));
        transitions.forEach(t -> writeTransition(process, t));

        DiagramWriter.write(definitions, processId, states, transitions);
        return SecureXml.serialize(document);
    }

    private static void writeState(Element process, WorkflowState state, List<WorkflowTransition> transitions) {
        Element node = child(process, switch (state.type()) {
            case START -> "startEvent";
            case END -> "endEvent";
            case TASK, APPROVAL -> "userTask";
            case CONDITION -> "exclusiveGateway";
        });
        node.setAttribute("id", BpmnIds.toNcName(state.id()));
        node.setAttribute("name", labelOf(state.label(), state.name()));
        keepId(node, state.id());
        extension(node, "name", state.name());
        extension(node, "type", state.type().code());
        if (state.isFinal() != (state.type() == StateType.END)) {
            extension(node, "final", Boolean.toString(state.isFinal()));
        }
        if (state.requiresApproval() != (state.type() == StateType.APPROVAL)) {
            extension(node, "requiresApproval", Boolean.toString(state.requiresApproval()));
        }
        if (state.approval() != null) {
            extension(node, "approverRoles", String.join(",", state.approval().approverRoles()));
            extension(node, "requiredApprovers", Integer.toString(state.approval().requiredApprovers()));
        }
        documentation(node, state.description());
        List<WorkflowTransition> outgoing = transitions.stream().filter(t -> t.fromStateId().equals(state.id()))
                .sorted(Comparator.comparingInt(WorkflowTransition::displayOrder)).toList();
        if (state.type() == StateType.CONDITION) {
            outgoing.stream().filter(WorkflowTransition::isDefaultBranch).findFirst()
                    .ifPresent(t -> node.setAttribute("default", BpmnIds.toNcName(t.id())));
        }
        transitions.stream().filter(t -> t.toStateId().equals(state.id()))
                .forEach(t -> child(node, "incoming").setTextContent(BpmnIds.toNcName(t.id())));
        outgoing.forEach(t -> child(node, "outgoing").setTextContent(BpmnIds.toNcName(t.id())));
    }

    private static void writeTransition(Element process, WorkflowTransition transition) {
        Element flow = child(process, "sequenceFlow");
        flow.setAttribute("id", BpmnIds.toNcName(transition.id()));
        if (transition.label() != null && !transition.label().isBlank()) {
            flow.setAttribute("name", transition.label()); // edge labels are drawn: an unlabelled flow stays bare
        }
        flow.setAttribute("sourceRef", BpmnIds.toNcName(transition.fromStateId()));
        flow.setAttribute("targetRef", BpmnIds.toNcName(transition.toStateId()));
        keepId(flow, transition.id());
        extension(flow, "name", transition.name());
        extension(flow, "conditionType", transition.conditionType().code());
        extension(flow, "displayOrder", Integer.toString(transition.displayOrder()));
        if (!transition.allowedRoles().isEmpty()) {
            extension(flow, "allowedRoles", String.join(",", transition.allowedRoles()));
        }
        documentation(flow, transition.description());
        if (transition.conditionType() == ConditionType.CONDITIONAL
                && !transition.conditions().conditions().isEmpty()) {
            Element expression = child(flow, "conditionExpression");
            expression.setAttributeNS(BpmnNamespaces.XSI, "xsi:type", "bpmn:tFormalExpression");
            expression.setTextContent(ConditionExpressions.format(transition.conditions()));
        }
    }


    static Element child(Element parent, String localName) {
        Element element = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(),
                parent.getPrefix() + ":" + localName);
        parent.appendChild(element);
        return element;
    }

    private static void declare(Element root, String prefix, String namespace) {
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, namespace);
    }

    /** Our id, when it had to change to become a valid BPMN id (see {@link BpmnIds}). */
    private static void keepId(Element element, String id) {
        if (!element.getAttribute("id").equals(id)) {
            extension(element, "id", id);
        }
    }

    private static void extension(Element element, String name, String value) {
        if (value != null && !value.isEmpty()) {
            element.setAttributeNS(BUILDIFY, "buildify:" + name, value);
        }
    }

    private static void documentation(Element element, String text) {
        if (text != null && !text.isBlank()) {
            child(element, "documentation").setTextContent(text);
        }
    }

    private static String labelOf(String label, String name) {
        return label != null && !label.isBlank() ? label : Names.labelOf(name);
    }
}
