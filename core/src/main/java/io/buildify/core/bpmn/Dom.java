package io.buildify.core.bpmn;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small reads over a namespace-aware DOM, whatever prefixes the file chose. */
final class Dom {
    private Dom() {
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        return children(parent).stream().filter(e -> is(e, namespace, localName)).toList();
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        return children(parent, namespace, localName).stream().findFirst();
    }

    static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    static boolean inNamespace(Element element, String namespace) {
        return namespace.equals(element.getNamespaceURI());
    }

    /** An attribute without namespace (the BPMN ones), or null when absent. */
    static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /** One of our {@code buildify:} attributes, or null when absent. */
    static String extension(Element element, String name) {
        return element.hasAttributeNS(BpmnNamespaces.BUILDIFY, name)
                ? element.getAttributeNS(BpmnNamespaces.BUILDIFY, name) : null;
    }

    /** A BPMN name as one line: modelers put line breaks ("Loan Request&#10;Received") where the drawing wraps. */
    static String label(Element element) {
        String name = attribute(element, "name");
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** How an element is named in the list of what was dropped: {@code parallelGateway 'Fork' (Gateway_1)}. */
    static String describe(Element element) {
        String label = label(element);
        String id = attribute(element, "id");
        return element.getLocalName() + (label.isEmpty() ? "" : " '" + label + "'")
                + (id == null ? "" : " (" + id + ")");
    }

    /** The text of the element's BPMN {@code documentation} children, or null when there is none. */
    static String documentation(Element element) {
        List<String> texts = children(element, BpmnNamespaces.MODEL, "documentation").stream()
                .map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty()).toList();
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }
}
