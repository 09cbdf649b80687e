package io.buildify.canvas.clipboard;

import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.DiagramSnapshot.EdgeState;
import io.buildify.canvas.model.DiagramSnapshot.NodeState;
import io.buildify.canvas.model.PortRef;
import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A {@link DiagramSnapshot} as JSON, the clipboard format between applications:
 * <pre>{"format":"buildify-diagram","version":1,
 *  "nodes":[{"id":"n1","type":"task","x":0,"y":0,"width":120,"height":60,"label":"…","style":""}],
 *  "edges":[{"id":"e1","source":{"node":"n1","port":"out"},"target":{…},"label":"","waypoints":[[x,y]]}]}</pre>
 * Reading checks every member and says which one is wrong.
 */
public final class SnapshotJson {
    public static final String FORMAT = "buildify-diagram";
    public static final int VERSION = 1;

    private SnapshotJson() {
    }

    public static String write(DiagramSnapshot snapshot) {
        StringJoiner nodes = new StringJoiner(",", "[", "]");
        for (NodeState node : snapshot.nodes()) {
            nodes.add("{\"id\":" + Json.quote(node.id()) + ",\"type\":" + Json.quote(node.type())
                    + ",\"x\":" + number(node.x()) + ",\"y\":" + number(node.y())
                    + ",\"width\":" + number(node.width()) + ",\"height\":" + number(node.height())
                    + ",\"label\":" + Json.quote(node.label()) + ",\"style\":" + Json.quote(node.style()) + "}");
        }
        StringJoiner edges = new StringJoiner(",", "[", "]");
        for (EdgeState edge : snapshot.edges()) {
            StringJoiner points = new StringJoiner(",", "[", "]");
            edge.waypoints().forEach(p -> points.add("[" + number(p.getX()) + "," + number(p.getY()) + "]"));
            edges.add("{\"id\":" + Json.quote(edge.id()) + ",\"source\":" + port(edge.source())
                    + ",\"target\":" + port(edge.target()) + ",\"label\":" + Json.quote(edge.label())
                    + ",\"waypoints\":" + points + "}");
        }
        return "{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",\"nodes\":" + nodes + ",\"edges\":" + edges + "}";
    }

    /** Parses what {@link #write} wrote; throws {@link IllegalArgumentException} naming the bad part. */
    public static DiagramSnapshot read(String json) {
        Map<String, Object> root = object(Json.parse(json), "the clipboard data");
        if (!FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document: format is " + root.get("format"));
        }
        double version = number(root, "version", "the document");
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported " + FORMAT + " version " + version + ", expected " + VERSION);
        }
        List<NodeState> nodes = new ArrayList<>();
        for (Object item : list(root, "nodes", "the document")) {
            Map<String, Object> node = object(item, "node " + nodes.size());
            String where = "node " + nodes.size();
            nodes.add(new NodeState(text(node, "id", where), text(node, "type", where), number(node, "x", where),
                    number(node, "y", where), number(node, "width", where), number(node, "height", where),
                    text(node, "label", where), text(node, "style", where)));
        }
        List<EdgeState> edges = new ArrayList<>();
        for (Object item : list(root, "edges", "the document")) {
            String where = "edge " + edges.size();
            Map<String, Object> edge = object(item, where);
            List<Point2D> waypoints = new ArrayList<>();
            for (Object point : list(edge, "waypoints", where)) {
                if (!(point instanceof List<?> xy) || xy.size() != 2 || !(xy.get(0) instanceof Double x)
                        || !(xy.get(1) instanceof Double y)) {
                    throw new IllegalArgumentException(where + ": a waypoint must be [x, y], was " + point);
                }
                waypoints.add(new Point2D(x, y));
            }
            edges.add(new EdgeState(text(edge, "id", where), port(edge, "source", where), port(edge, "target", where),
                    text(edge, "label", where), waypoints));
        }
        return new DiagramSnapshot(nodes, edges);
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write a non-finite coordinate: " + value);
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String port(PortRef ref) {
        return "{\"node\":" + Json.quote(ref.nodeId()) + ",\"port\":" + Json.quote(ref.portId()) + "}";
    }

    private static PortRef port(Map<String, Object> owner, String name, String where) {
        Map<String, Object> ref = object(owner.get(name), where + " " + name);
        return new PortRef(text(ref, "node", where + " " + name), text(ref, "port", where + " " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> owner, String name, String where) {
        if (!(owner.get(name) instanceof List<?> items)) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be an array");
        }
        return items;
    }

    private static String text(Map<String, Object> owner, String name, String where) {
        if (!(owner.get(name) instanceof String value)) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be a string");
        }
        return value;
    }

    private static double number(Map<String, Object> owner, String name, String where) {
        if (!(owner.get(name) instanceof Double value) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" must be a number");
        }
        return value;
    }
}
