package io.buildify.core.bpmn;

import io.buildify.core.model.Ids;
import io.buildify.core.model.Names;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static io.buildify.core.bpmn.BpmnNamespaces.MODEL;

/**
 * Reads a BPMN 2.0 file drawn in another modeler (or exported by {@link BpmnExporter}) into a workflow, and lists
 * in plain words what it could not map. Start and end events, user tasks (approvals when our extension says so),
 * other task kinds (as plain tasks), exclusive gateways (with their {@code default} flow as the default branch) and
 * sequence flows with simple conditions map; positions come from the diagram's shapes. Parallel gateways,
 * sub-processes, boundary and intermediate events, pools, lanes, message flows and data objects are dropped and
 * listed, as are the flows that touched them.
 *
 * <p>A file with several processes (pools) yields the first process that has a start event; the others are listed.
 * A file that is not well-formed XML, declares a DOCTYPE (refused: external entities could read local files), is
 * not BPMN 2.0 or has no process is refused with a {@link BpmnImportException}.
 */
public final class BpmnImporter {
    /** Top-level BPMN elements that only support others (messages, item types, resources); nothing to report. */
    private static final Set<String> SUPPORTING_DEFINITIONS = Set.of("itemDefinition", "message", "resource",
            "signal", "error", "escalation", "category", "interface", "dataStore", "globalTask", "globalUserTask",
            "globalManualTask", "globalScriptTask", "globalBusinessRuleTask", "endPoint", "partnerRole",
            "partnerEntity", "correlationProperty", "import", "extension", "documentation", "extensionElements",
            "relationship");

    private BpmnImporter() {
    }

    /** Reads a file; its XML declaration decides the encoding (ISO-8859-1 files exist). */
    public static BpmnImportResult read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new BpmnImportException(file + " could not be read: " + e.getMessage(), -1, -1, e);
        }
    }

    public static BpmnImportResult read(InputStream in) {
        return read(new InputSource(Objects.requireNonNull(in, "in")));
    }

    public static BpmnImportResult readString(String xml) {
        return read(new InputSource(new StringReader(Objects.requireNonNull(xml, "xml"))));
    }

    private static BpmnImportResult read(InputSource source) {
        Document document = SecureXml.parse(source);
        Element definitions = document.getDocumentElement();
        if (!Dom.is(definitions, MODEL, "definitions")) {
            throw new BpmnImportException("not a BPMN 2.0 file: the root element is <" + definitions.getTagName()
                    + ">" + (definitions.getNamespaceURI() == null ? " without a namespace" : " in namespace "
                    + definitions.getNamespaceURI()) + ", expected <definitions> in namespace " + MODEL);
        }
        List<Element> processes = Dom.children(definitions, MODEL, "process");
        if (processes.isEmpty()) {
            throw new BpmnImportException("the BPMN file has no process to import (only "
                    + describeKinds(definitions) + ")");
        }
        Element process = chooseProcess(definitions, processes);
        List<String> dropped = new ArrayList<>();
        for (Element root : Dom.children(definitions)) {
            if (!Dom.inNamespace(root, MODEL) || SUPPORTING_DEFINITIONS.contains(root.getLocalName())
                    || root == process) {
                continue;
            }
            switch (root.getLocalName()) {
                case "process" -> dropped.add(Dom.describe(root) + ": not imported; a workflow is one process, and "
                        + Dom.describe(process) + " was taken" + (Dom.children(root, MODEL, "startEvent").isEmpty()
                        && Dom.children(root).stream().noneMatch(e -> Dom.is(e, MODEL, "sequenceFlow"))
                        ? " (this one has no flow)" : ""));
                case "collaboration" -> CollaborationNotes.describe(root, process, dropped::add);
                default -> dropped.add(UnsupportedElements.describe(root));
            }
        }
        ProcessReader reader = new ProcessReader(new DiagramBounds(document), dropped::add);
        List<WorkflowTransition> transitions = reader.read(process);
        return new BpmnImportResult(workflow(process, reader, transitions), dropped);
    }

    private static WorkflowDefinition workflow(Element process, ProcessReader reader,
                                               List<WorkflowTransition> transitions) {
        String ourName = Dom.extension(process, "name");
        String label = Dom.label(process);
        // our own export keeps the workflow's id; a file from elsewhere becomes a new workflow
        String id = ourName != null ? ProcessReader.orElse(Dom.extension(process, "id"), process.getAttribute("id"))
                : Ids.newId();
        String name = ourName != null ? ourName
                : new ImportedNames("workflow").claim(label, process.getAttribute("id"));
        return new WorkflowDefinition(id, name, label.isEmpty() ? Names.labelOf(name) : label,
                Dom.documentation(process), Dom.extension(process, "category"), Dom.extension(process, "entity"),
                WorkflowTrigger.manual(), reader.states(), transitions);
    }

    /**
     * The first pool's process with a start event: pools are what the drawing shows, while a process outside any
     * pool is often the body of a call activity drawn inline. Without pools, the first process with a start event.
     */
    private static Element chooseProcess(Element definitions, List<Element> processes) {
        List<String> pooled = Dom.children(definitions, MODEL, "collaboration").stream()
                .flatMap(c -> Dom.children(c, MODEL, "participant").stream())
                .map(p -> Dom.attribute(p, "processRef")).filter(Objects::nonNull).toList();
        List<Element> candidates = new ArrayList<>();
        pooled.forEach(ref -> processes.stream().filter(p -> ref.equals(p.getAttribute("id"))).findFirst()
                .ifPresent(candidates::add));
        candidates.addAll(processes);
        return candidates.stream().filter(p -> !Dom.children(p, MODEL, "startEvent").isEmpty()).findFirst()
                .orElse(candidates.get(0));
    }

    private static String describeKinds(Element definitions) {
        List<String> kinds = Dom.children(definitions).stream().map(Element::getLocalName).distinct().toList();
        return kinds.isEmpty() ? "nothing" : String.join(", ", kinds);
    }
}
