package io.buildify.core.bpmn;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The JDK's DOM parser and serializer, configured once. Parsing refuses any DOCTYPE: BPMN files never need one, and
 * refusing it closes XXE (external entities reading local files or URLs) and entity-expansion bombs in one place.
 */
final class SecureXml {
    private SecureXml() {
    }

    static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    static Document parse(InputSource source) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not printed to stderr
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new BpmnImportException(explain(e.getMessage()), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (SAXException e) {
            throw new BpmnImportException(explain(e.getMessage()), -1, -1, e);
        } catch (IOException e) {
            throw new BpmnImportException("the file could not be read: " + e.getMessage(), -1, -1, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    /** Indented UTF-8 text; the same document always gives the same bytes. */
    static String serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // written by hand below: the JDK's serializer puts the root element on the declaration's line
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out;
        } catch (TransformerException e) {
            throw new IllegalStateException("a BPMN document could not be written", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static String explain(String parserMessage) {
        if (parserMessage != null && parserMessage.contains("DOCTYPE")) {
            return "the file declares a DOCTYPE, which BPMN files never need; it is refused because DTDs and "
                    + "external entities can read local files (" + parserMessage + ")";
        }
        return "the file is not well-formed XML: " + parserMessage;
    }
}
