package io.buildify.core.bpmn;

import org.w3c.dom.Element;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plain-words reasons for BPMN elements a workflow has no counterpart for, by element kind. */
final class UnsupportedElements {
    /** Task kinds that become a plain task: they are a step someone or something does, like ours. */
    static final Set<String> TASK_KINDS = Set.of("task", "manualTask", "serviceTask", "scriptTask", "sendTask",
            "receiveTask", "businessRuleTask");

    /** Process children that carry no drawing of their own and nothing a workflow could use. */
    static final Set<String> SILENT = Set.of("documentation", "extensionElements", "ioSpecification", "property",
            "auditing", "monitoring", "supportedInterfaceRef", "ioBinding", "correlationSubscription");

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("parallelGateway", "parallel gateways are not supported"),
            Map.entry("inclusiveGateway", "inclusive gateways are not supported"),
            Map.entry("eventBasedGateway", "event-based gateways are not supported"),
            Map.entry("complexGateway", "complex gateways are not supported"),
            Map.entry("subProcess", "sub-processes are not supported"),
            Map.entry("adHocSubProcess", "sub-processes are not supported"),
            Map.entry("transaction", "transactions are not supported"),
            Map.entry("callActivity", "call activities are not supported"),
            Map.entry("boundaryEvent", "boundary events are not supported"),
            Map.entry("intermediateCatchEvent", "intermediate events are not supported"),
            Map.entry("intermediateThrowEvent", "intermediate events are not supported"),
            Map.entry("implicitThrowEvent", "intermediate events are not supported"),
            Map.entry("dataObject", "data objects are not supported"),
            Map.entry("dataObjectReference", "data objects are not supported"),
            Map.entry("dataStoreReference", "data stores are not supported"),
            Map.entry("association", "associations are not supported"),
            Map.entry("textAnnotation", "text annotations are not supported"),
            Map.entry("group", "groups are not supported"),
            Map.entry("laneSet", "lanes are not supported; the elements in them were imported without the lanes"));

    private UnsupportedElements() {
    }

    /** {@code parallelGateway 'Fork' (Gateway_1): parallel gateways are not supported}, and what went with it. */
    static String describe(Element element) {
        String kind = element.getLocalName();
        String reason = REASONS.getOrDefault(kind, kind + " elements are not supported");
        StringBuilder text = new StringBuilder(Dom.describe(element)).append(": ").append(reason);
        String attachedTo = Dom.attribute(element, "attachedToRef");
        if (attachedTo != null) {
            text.append(" (it was attached to ").append(attachedTo).append(')');
        }
        if (kind.endsWith("ubProcess") || kind.equals("transaction")) {
            int inner = innerFlowElements(element);
            if (inner > 0) {
                text.append("; the ").append(inner).append(" elements inside it were dropped with it");
            }
        } else if (kind.equals("laneSet")) {
            List<String> lanes = Dom.children(element, BpmnNamespaces.MODEL, "lane").stream()
                    .map(Dom::describe).toList();
            text.append(": ").append(String.join(", ", lanes));
        }
        return text.toString();
    }

    private static int innerFlowElements(Element container) {
        return (int) Dom.children(container).stream()
                .filter(e -> Dom.inNamespace(e, BpmnNamespaces.MODEL))
                .filter(e -> !SILENT.contains(e.getLocalName()) && !e.getLocalName().equals("laneSet"))
                .filter(e -> !e.getLocalName().endsWith("LoopCharacteristics")
                        && !e.getLocalName().equals("incoming") && !e.getLocalName().equals("outgoing"))
                .count();
    }
}
