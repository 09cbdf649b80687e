package io.buildify.core.bpmn;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.Objects;

/**
 * The OMG BPMN 2.0 XSD (BPMN20.xsd with Semantic, BPMNDI, DC and DI), as shipped in Camunda's BPMN model library
 * (test scope): a file that passes is one other BPMN tools accept.
 */
final class BpmnSchema {
    private static final Schema SCHEMA = load();

    private BpmnSchema() {
    }

    /** Throws {@link SAXException} naming the first violation. */
    static void validate(String xml) throws SAXException, IOException {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema load() {
        URL xsd = Objects.requireNonNull(BpmnSchema.class.getResource("/org/camunda/bpm/model/bpmn/schema/BPMN20.xsd"),
                "BPMN20.xsd is missing from camunda-bpmn-model");
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the BPMN 2.0 XSD does not load", e);
        }
    }
}
