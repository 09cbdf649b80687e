package io.buildify.canvas.modeling;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.command.ElementsChanged;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.rules.RuleProvider;
import io.buildify.canvas.modeling.cmd.ConnectPortsHandler;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.buildify.canvas.TestDiagrams.END;
import static io.buildify.canvas.TestDiagrams.START;
import static io.buildify.canvas.TestDiagrams.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every built-in command: execute, undo and redo, with undo restoring the model exactly. */
class ModelingTest {
    private final Diagram diagram = TestDiagrams.empty();
    private final DiagramModel model = diagram.model();
    private final Modeling modeling = diagram.modeling();

    @Test
    void createNodeUndoRedo() {
        DiagramSnapshot before = model.snapshot();
        DiagramNode node = modeling.createNode(TASK, 10, 20);
        assertThat(model.nodes()).containsExactly(node);
        assertThat(node.bounds().getWidth()).isEqualTo(TASK.width());
        DiagramSnapshot after = model.snapshot();

        undoRedoRestores(before, after);
        assertThat(model.nodes()).containsExactly(node);
    }

    @Test
    void moveNodesShiftsThemAndTheBendPointsBetweenThem() {
        DiagramNode a = modeling.createNode(START, 0, 0);
        DiagramNode b = modeling.createNode(END, 200, 0);
        DiagramEdge edge = modeling.connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
        edge.setWaypoints(List.of(new Point2D(100, 50)));
        DiagramSnapshot before = model.snapshot();

        modeling.moveNodes(List.of(a, b), 30, -10);
        assertThat(a.getX()).isEqualTo(30);
        assertThat(b.getY()).isEqualTo(-10);
        assertThat(edge.getWaypoints()).containsExactly(new Point2D(130, 40));

        undoRedoRestores(before, model.snapshot());
    }

    @Test
    void dragStepsOfOneGestureUndoAtOnce() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        long gesture = Modeling.newGesture();
        for (int i = 0; i < 5; i++) {
            modeling.moveNodes(List.of(a), 10, 0, gesture);
        }
        assertThat(a.getX()).isEqualTo(50);
        diagram.commandStack().undo();
        assertThat(a.getX()).isZero();
        assertThat(model.nodes()).containsExactly(a);
    }

    @Test
    void connectPortsUndoRedo() {
        DiagramNode a = modeling.createNode(START, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 200, 0);
        DiagramSnapshot before = model.snapshot();

        DiagramEdge edge = modeling.connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
        assertThat(model.edgesOf(b.id())).containsExactly(edge);

        undoRedoRestores(before, model.snapshot());
    }

    @Test
    void refusedConnectionLeavesNothing() {
        DiagramNode a = modeling.createNode(START, 0, 0);
        DiagramNode b = modeling.createNode(END, 200, 0);
        DiagramSnapshot before = model.snapshot();
        long revision = diagram.commandStack().getRevision();

        PortRef intoStart = new PortRef(a.id(), "out");
        assertThat(modeling.canConnect(new PortRef(b.id(), "in"), intoStart)).as("wrong direction").isFalse();
        assertThat(modeling.canConnect(intoStart, intoStart)).as("same port").isFalse();
        assertThatThrownBy(() -> modeling.connect(new PortRef(b.id(), "in"), intoStart))
                .hasMessageContaining("not allowed");
        modeling.connect(intoStart, new PortRef(b.id(), "in"));
        assertThat(modeling.canConnect(intoStart, new PortRef(b.id(), "in"))).as("duplicate").isFalse();
        diagram.commandStack().undo();

        assertThat(model.snapshot()).isEqualTo(before);
        assertThat(diagram.commandStack().getRevision()).isEqualTo(revision + 2);
    }

    @Test
    void hostConnectionRuleIsAskedAndHigherPriorityRulesOverride() {
        Diagram strict = new Diagram(NodeTypes.of(START, TASK, END),
                (sourceNode, sourcePort, targetNode, targetPort) -> !targetNode.type().equals(END));
        DiagramNode a = strict.modeling().createNode(START, 0, 0);
        DiagramNode end = strict.modeling().createNode(END, 100, 0);
        PortRef source = new PortRef(a.id(), "out");
        PortRef target = new PortRef(end.id(), "in");
        assertThat(strict.modeling().canConnect(source, target)).isFalse();

        new RuleProvider(strict.commandStack()) {
            {
                addRule(Modeling.CONNECT, ConnectPortsHandler.Context.class, 2000, context -> true);
            }
        };
        assertThat(strict.rules().allowed(Modeling.CONNECT,
                new ConnectPortsHandler.Context(new DiagramEdge("x", source, target)))).isTrue();
    }

    @Test
    void removingANodeRemovesItsEdgesAndOneUndoRestoresTheExactOrder() {
        DiagramNode a = modeling.createNode(START, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 100, 0);
        DiagramNode c = modeling.createNode(END, 300, 0);
        modeling.connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
        modeling.connect(new PortRef(b.id(), "out"), new PortRef(c.id(), "in"));
        modeling.connect(new PortRef(a.id(), "out"), new PortRef(c.id(), "in"));
        DiagramSnapshot before = model.snapshot();
        List<ElementsChanged> events = new ArrayList<>();
        diagram.commandStack().addListener(events::add);

        modeling.removeElements(List.of(b));
        assertThat(model.nodes()).containsExactly(a, c);
        assertThat(model.edges()).hasSize(1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).elements()).hasSize(3);

        undoRedoRestores(before, model.snapshot());
    }

    @Test
    void updateLabelUndoRedo() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramSnapshot before = model.snapshot();
        modeling.updateLabel(a, "Approve order");
        assertThat(a.getLabel()).isEqualTo("Approve order");
        undoRedoRestores(before, model.snapshot());
    }

    @Test
    void pasteCopiesNodesAndOnlyTheEdgesAmongThem() {
        DiagramNode a = modeling.createNode(START, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 100, 0);
        DiagramNode c = modeling.createNode(END, 300, 0);
        modeling.connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
        modeling.connect(new PortRef(b.id(), "out"), new PortRef(c.id(), "in"));
        DiagramSnapshot fragment = new DiagramSnapshot(
                List.of(DiagramSnapshot.NodeState.of(a), DiagramSnapshot.NodeState.of(b)),
                model.edges().stream().map(DiagramSnapshot.EdgeState::of).toList());
        DiagramSnapshot before = model.snapshot();

        List<DiagramElement> pasted = modeling.paste(fragment, 20, 20);
        assertThat(pasted).hasSize(3);
        assertThat(model.nodes()).hasSize(5);
        DiagramEdge copy = (DiagramEdge) pasted.get(2);
        assertThat(copy.source().nodeId()).isEqualTo(pasted.get(0).id());
        assertThat(copy.target().nodeId()).isEqualTo(pasted.get(1).id());
        assertThat(((DiagramNode) pasted.get(1)).getX()).isEqualTo(120);

        undoRedoRestores(before, model.snapshot());
    }

    private void undoRedoRestores(DiagramSnapshot before, DiagramSnapshot after) {
        diagram.commandStack().undo();
        assertThat(model.snapshot()).isEqualTo(before);
        diagram.commandStack().redo();
        assertThat(model.snapshot()).isEqualTo(after);
    }
}
