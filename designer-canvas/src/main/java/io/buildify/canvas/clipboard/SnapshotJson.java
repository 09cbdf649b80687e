package io.buildify.canvas.clipboard;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.DiagramSnapshot.EdgeState;
import io.buildify.canvas.model.DiagramSnapshot.NodeState;
import io.buildify.canvas.model.PortRef;
import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DiagramSnapshot} as JSON, the clipboard format between applications:
 * <pre>{"format":"buildify-diagram","version":1,
 *  "nodes":[{"id":"n1","type":"task","x":0,"y":0,"width":120,"height":60,"label":"…","style":""}],
 *  "edges":[{"id":"e1","source":{"node":"n1","port":"out"},"target":{…},"label":"","waypoints":[[x,y]]}]}</pre>
 * Reading checks every member and says which one is wrong (the clipboard may hold anything another program put
 * there), so it walks Jackson's tree rather than binding.
 */
public final class SnapshotJson {
    public static final String FORMAT = "buildify-diagram";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotJson() {
    }

    public static String write(DiagramSnapshot snapshot) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION);
        ArrayNode nodes = root.putArray("nodes");
        for (NodeState node : snapshot.nodes()) {
            nodes.addObject().put("id", node.id()).put("type", node.type())
                    .put("x", finite(node.x())).put("y", finite(node.y()))
                    .put("width", finite(node.width())).put("height", finite(node.height()))
                    .put("label", node.label()).put("style", node.style());
        }
        ArrayNode edges = root.putArray("edges");
        for (EdgeState edge : snapshot.edges()) {
            ObjectNode item = edges.addObject().put("id", edge.id());
            port(item.putObject("source"), edge.source());
            port(item.putObject("target"), edge.target());
            item.put("label", edge.label());
            ArrayNode points = item.putArray("waypoints");
            edge.waypoints().forEach(p -> points.addArray().add(finite(p.getX())).add(finite(p.getY())));
        }
        return root.toString();
    }

    /** Parses what {@link #write} wrote; throws {@link IllegalArgumentException} naming the bad part. */
    public static DiagramSnapshot read(String json) {
        JsonNode root = object(parse(json), "the clipboard data");
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document: format is " + root.get("format"));
        }
        double version = number(root, "version", "the document");
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported " + FORMAT + " version " + root.get("version")
                    + ", expected " + VERSION);
        }
        List<NodeState> nodes = new ArrayList<>();
        for (JsonNode item : list(root, "nodes", "the document")) {
            String where = "node " + nodes.size();
            JsonNode node = object(item, where);
            nodes.add(new NodeState(text(node, "id", where), text(node, "type", where), number(node, "x", where),
                    number(node, "y", where), number(node, "width", where), number(node, "height", where),
                    text(node, "label", where), text(node, "style", where)));
        }
        List<EdgeState> edges = new ArrayList<>();
        for (JsonNode item : list(root, "edges", "the document")) {
            String where = "edge " + edges.size();
            JsonNode edge = object(item, where);
            List<Point2D> waypoints = new ArrayList<>();
            for (JsonNode point : list(edge, "waypoints", where)) {
                if (!point.isArray() || point.size() != 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                    throw new IllegalArgumentException(where + ": a waypoint must be [x, y], was " + point);
                }
                waypoints.add(new Point2D(point.get(0).doubleValue(), point.get(1).doubleValue()));
            }
            edges.add(new EdgeState(text(edge, "id", where), port(edge, "source", where), port(edge, "target", where),
                    text(edge, "label", where), waypoints));
        }
        return new DiagramSnapshot(nodes, edges);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("malformed JSON" + place + ": " + e.getOriginalMessage(), e);
        }
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write a non-finite coordinate: " + value);
        }
        return value;
    }

    private static void port(ObjectNode into, PortRef ref) {
        into.put("node", ref.nodeId()).put("port", ref.portId());
    }

    private static PortRef port(JsonNode owner, String name, String where) {
        JsonNode ref = object(owner.get(name), where + " " + name);
        return new PortRef(text(ref, "node", where + " " + name), text(ref, "port", where + " " + name));
    }

    private static JsonNode object(JsonNode value, String what) {
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return value;
    }

    private static JsonNode list(JsonNode owner, String name, String where) {
        JsonNode items = owner.get(name);
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be an array");
        }
        return items;
    }

    private static String text(JsonNode owner, String name, String where) {
        JsonNode value = owner.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be a string");
        }
        return value.textValue();
    }

    private static double number(JsonNode owner, String name, String where) {
        JsonNode value = owner.get(name);
        if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be a number");
        }
        return value.doubleValue();
    }
}
