package io.buildify.canvas.export;

import io.buildify.canvas.internal.NodeColors;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes diagram elements as a standalone SVG document: edges as polylines with an arrow marker, nodes as their
 * type's shape in the type's colours, labels as centred text. The JDK's XML writer does the escaping.
 */
final class SvgWriter {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final DiagramModel model;
    private final double padding;

    SvgWriter(DiagramModel model, double padding) {
        this.model = model;
        this.padding = padding;
    }

    String write(List<DiagramElement> elements, Bounds bounds) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG_NS);
            double width = bounds.getWidth() + 2 * padding;
            double height = bounds.getHeight() + 2 * padding;
            xml.writeAttribute("width", num(width));
            xml.writeAttribute("height", num(height));
            xml.writeAttribute("viewBox", num(bounds.getMinX() - padding) + " " + num(bounds.getMinY() - padding)
                    + " " + num(width) + " " + num(height));
            xml.writeAttribute("font-family", "sans-serif");
            writeArrowMarker(xml);
            for (DiagramElement element : elements) {
                if (element instanceof DiagramEdge edge) {
                    writeEdge(xml, edge);
                }
            }
            for (DiagramElement element : elements) {
                if (element instanceof DiagramNode node) {
                    writeNode(xml, node);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing SVG failed", e);
        }
        return out.toString();
    }

    private static void writeArrowMarker(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("defs");
        xml.writeStartElement("marker");
        xml.writeAttribute("id", "arrow");
        xml.writeAttribute("viewBox", "0 0 10 10");
        xml.writeAttribute("refX", "10");
        xml.writeAttribute("refY", "5");
        xml.writeAttribute("markerWidth", "10");
        xml.writeAttribute("markerHeight", "10");
        xml.writeAttribute("markerUnits", "userSpaceOnUse");
        xml.writeAttribute("orient", "auto");
        xml.writeEmptyElement("path");
        xml.writeAttribute("d", "M0,0.5 L10,5 L0,9.5 z");
        xml.writeAttribute("fill", "#6b7685");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void writeEdge(XMLStreamWriter xml, DiagramEdge edge) throws XMLStreamException {
        List<Point2D> points = model.pointsOf(edge);
        xml.writeEmptyElement("polyline");
        xml.writeAttribute("id", edge.id());
        xml.writeAttribute("points", points.stream().map(p -> num(p.getX()) + "," + num(p.getY()))
                .collect(Collectors.joining(" ")));
        xml.writeAttribute("fill", "none");
        xml.writeAttribute("stroke", "#6b7685");
        xml.writeAttribute("stroke-width", "1.5");
        xml.writeAttribute("marker-end", "url(#arrow)");
        if (!edge.getLabel().isEmpty()) {
            int half = (points.size() - 1) / 2;
            Point2D middle = points.get(half).midpoint(points.get(half + 1));
            text(xml, edge.getLabel(), middle.getX() + 4, middle.getY() - 3, "start", 11);
        }
    }

    private void writeNode(XMLStreamWriter xml, DiagramNode node) throws XMLStreamException {
        double x = node.getX(), y = node.getY(), w = node.getWidth(), h = node.getHeight();
        switch (node.type().shape()) {
            case RECTANGLE, ROUNDED_RECTANGLE -> {
                xml.writeEmptyElement("rect");
                xml.writeAttribute("x", num(x));
                xml.writeAttribute("y", num(y));
                xml.writeAttribute("width", num(w));
                xml.writeAttribute("height", num(h));
                if (node.type().shape() == io.buildify.canvas.model.NodeShape.ROUNDED_RECTANGLE) {
                    xml.writeAttribute("rx", "7");
                }
            }
            case ELLIPSE -> {
                xml.writeEmptyElement("ellipse");
                xml.writeAttribute("cx", num(x + w / 2));
                xml.writeAttribute("cy", num(y + h / 2));
                xml.writeAttribute("rx", num(w / 2));
                xml.writeAttribute("ry", num(h / 2));
            }
            case DIAMOND -> {
                xml.writeEmptyElement("polygon");
                xml.writeAttribute("points", num(x + w / 2) + "," + num(y) + " " + num(x + w) + "," + num(y + h / 2)
                        + " " + num(x + w / 2) + "," + num(y + h) + " " + num(x) + "," + num(y + h / 2));
            }
        }
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("fill", NodeColors.hex(NodeColors.fill(node.type().color())));
        xml.writeAttribute("stroke", NodeColors.hex(node.type().color()));
        xml.writeAttribute("stroke-width", "1.5");
        if (!node.getLabel().isEmpty()) {
            text(xml, node.getLabel(), x + w / 2, y + h / 2, "middle", 12);
        }
    }

    private static void text(XMLStreamWriter xml, String text, double x, double y, String anchor, int size)
            throws XMLStreamException {
        xml.writeStartElement("text");
        xml.writeAttribute("x", num(x));
        xml.writeAttribute("y", num(y));
        xml.writeAttribute("text-anchor", anchor);
        xml.writeAttribute("dominant-baseline", "middle");
        xml.writeAttribute("font-size", Integer.toString(size));
        xml.writeAttribute("fill", "#1f2933");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }
}
