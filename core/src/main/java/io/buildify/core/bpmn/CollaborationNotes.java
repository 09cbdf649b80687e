package io.buildify.core.bpmn;

import org.w3c.dom.Element;

import java.util.function.Consumer;

import static io.buildify.core.bpmn.BpmnNamespaces.MODEL;

/** Describes what a collaboration (pools and the message flows between them) loses on import. */
final class CollaborationNotes {
    private CollaborationNotes() {
    }

    static void describe(Element collaboration, Element importedProcess, Consumer<String> dropped) {
        String imported = importedProcess.getAttribute("id");
        for (Element element : Dom.children(collaboration)) {
            if (!Dom.inNamespace(element, MODEL) || UnsupportedElements.SILENT.contains(element.getLocalName())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "participant" -> {
                    String processRef = Dom.attribute(element, "processRef");
                    dropped.accept(Dom.describe(element) + ": pools are not supported; " + (imported.equals(processRef)
                            ? "its process was imported without the pool"
                            : processRef == null ? "it has no process of its own"
                            : "its process " + processRef + " was not imported"));
                }
                case "messageFlow" -> dropped.accept(Dom.describe(element)
                        + ": message flows between pools are not supported");
                default -> dropped.accept(UnsupportedElements.describe(element));
            }
        }
    }
}
