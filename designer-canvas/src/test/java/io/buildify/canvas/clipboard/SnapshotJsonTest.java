package io.buildify.canvas.clipboard;

import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.DiagramSnapshot.EdgeState;
import io.buildify.canvas.model.DiagramSnapshot.NodeState;
import io.buildify.canvas.model.PortRef;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clipboard's JSON form of a snapshot: exact round trips, and bad data refused with the reason. */
class SnapshotJsonTest {
    private static final int CASES = Integer.getInteger("canvas.json.cases", 300);

    @Test
    void roundTripKeepsEveryValueExactly() {
        DiagramSnapshot snapshot = new DiagramSnapshot(
                List.of(new NodeState("n1", "task", 10.5, -3.25, 120, 60, "Say \"hi\"\\ to\nÅsa 🚀\t", "-x: 1;"),
                        new NodeState("n2", "end", 0.1 + 0.2, 1e-7, 50, 50, "", "")),
                List.of(new EdgeState("e1", new PortRef("n1", "out"), new PortRef("n2", "in"), "yes\u0001",
                        List.of(new Point2D(200, 30), new Point2D(200.125, 1e20)))));

        assertThat(SnapshotJson.read(SnapshotJson.write(snapshot))).isEqualTo(snapshot);
    }

    /** Property: random snapshots (seeded; -Dcanvas.json.cases sets the count) survive write then read. */
    @Test
    void randomSnapshotsRoundTrip() {
        Random random = new Random(7);
        for (int run = 0; run < CASES; run++) {
            List<NodeState> nodes = new ArrayList<>();
            for (int i = 0; i < random.nextInt(5); i++) {
                nodes.add(new NodeState("n" + i, word(random), random.nextGaussian() * 1000, random.nextDouble(),
                        1 + random.nextInt(300), 1 + random.nextInt(300), word(random), word(random)));
            }
            List<EdgeState> edges = new ArrayList<>();
            for (int i = 0; i < random.nextInt(3); i++) {
                List<Point2D> points = new ArrayList<>();
                for (int p = 0; p < random.nextInt(4); p++) {
                    points.add(new Point2D(random.nextGaussian() * 500, random.nextGaussian() * 500));
                }
                edges.add(new EdgeState("e" + i, new PortRef(word(random), word(random)),
                        new PortRef(word(random), word(random)), word(random), points));
            }
            DiagramSnapshot snapshot = new DiagramSnapshot(nodes, edges);
            assertThat(SnapshotJson.read(SnapshotJson.write(snapshot))).as("case %d", run).isEqualTo(snapshot);
        }
    }

    @Test
    void badDataIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> SnapshotJson.read("{\"format\":"))
                .hasMessageContaining("malformed JSON at line 1");
        assertThatThrownBy(() -> SnapshotJson.read("[1,2]")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> SnapshotJson.read("{\"format\":\"png\"}"))
                .hasMessageContaining("not a buildify-diagram document");
        assertThatThrownBy(() -> SnapshotJson.read("{\"format\":\"buildify-diagram\",\"version\":2}"))
                .hasMessageContaining("unsupported buildify-diagram version 2");
        String noLabel = "{\"format\":\"buildify-diagram\",\"version\":1,\"edges\":[],\"nodes\":[{\"id\":\"n1\","
                + "\"type\":\"task\",\"x\":0,\"y\":0,\"width\":1,\"height\":1,\"style\":\"\"}]}";
        assertThatThrownBy(() -> SnapshotJson.read(noLabel)).hasMessage("node 0: \"label\" must be a string");
        String badPoint = "{\"format\":\"buildify-diagram\",\"version\":1,\"nodes\":[],\"edges\":[{\"id\":\"e\","
                + "\"source\":{\"node\":\"a\",\"port\":\"o\"},\"target\":{\"node\":\"b\",\"port\":\"i\"},"
                + "\"label\":\"\",\"waypoints\":[[1]]}]}";
        assertThatThrownBy(() -> SnapshotJson.read(badPoint)).hasMessageContaining("edge 0: a waypoint must be [x, y]");
    }

    private static String word(Random random) {
        String alphabet = "abc XYZ\"\\\n\té€🚀{}[],:";
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            out.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
        }
        return out.toString();
    }
}
