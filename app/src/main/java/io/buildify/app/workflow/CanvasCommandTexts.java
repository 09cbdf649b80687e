package io.buildify.app.workflow;

import io.buildify.canvas.command.CommandStack;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.modeling.Modeling;
import io.buildify.canvas.modeling.cmd.ConnectPortsHandler;
import io.buildify.canvas.modeling.cmd.CreateNodeHandler;
import io.buildify.canvas.modeling.cmd.LayoutNodesHandler;
import io.buildify.canvas.modeling.cmd.MoveNodesHandler;
import io.buildify.canvas.modeling.cmd.PasteHandler;
import io.buildify.canvas.modeling.cmd.RemoveElementsHandler;
import io.buildify.canvas.modeling.cmd.UpdateLabelHandler;
import io.buildify.canvas.modeling.cmd.UpdateWaypointsHandler;

import java.util.Collection;
import java.util.Optional;

/**
 * Undo/redo texts of the canvas's own commands in workflow words, through the stack's describer hook: the canvas
 * says "Delete n4" or "Move 3 nodes", the workflow "Delete state 'review'" or "Move 3 states". Each text is made
 * when the command runs, before it changes anything, so a deleted state is still there to be named.
 */
final class CanvasCommandTexts {
    private final WorkflowDocument document;

    private CanvasCommandTexts(WorkflowDocument document) {
        this.document = document;
    }

    static void install(WorkflowDocument document) {
        CanvasCommandTexts texts = new CanvasCommandTexts(document);
        CommandStack stack = document.diagram().commandStack();
        stack.describeWith(Modeling.CREATE_NODE, CreateNodeHandler.Context.class, (context, generic) ->
                "Add " + context.node().type().displayName().toLowerCase() + " state");
        stack.describeWith(Modeling.CONNECT, ConnectPortsHandler.Context.class, (context, generic) ->
                "Connect '" + texts.label(context.edge().source().nodeId()) + "' to '"
                        + texts.label(context.edge().target().nodeId()) + "'");
        stack.describeWith(Modeling.MOVE_NODES, MoveNodesHandler.Context.class, (context, generic) ->
                texts.one("Move ", context.nodes()).orElse("Move " + count(context.nodes().size(), "state")));
        stack.describeWith(Modeling.REMOVE, RemoveElementsHandler.Context.class, (context, generic) ->
                texts.one("Delete ", context.elements()).orElse("Delete " + statesAndTransitions(context.elements())));
        stack.describeWith(Modeling.PASTE, PasteHandler.Context.class, (context, generic) ->
                "Paste " + count(context.nodes().size(), "state")
                        + (context.edges().isEmpty() ? "" : " and " + count(context.edges().size(), "transition")));
        stack.describeWith(Modeling.LAYOUT, LayoutNodesHandler.Context.class, (context, generic) ->
                "Auto-layout " + count(context.positions().size(), "state"));
        stack.describeWith(Modeling.UPDATE_LABEL, UpdateLabelHandler.Context.class, (context, generic) ->
                document.describeElement(context.element().id())
                        .map(what -> "Rename " + what + " to '" + context.label() + "'").orElse(generic));
        stack.describeWith(Modeling.WAYPOINTS, UpdateWaypointsHandler.Context.class, (context, generic) ->
                document.describeElement(context.edge().id()).map(what -> "Change bend points of " + what)
                        .orElse(generic));
    }

    /** "Delete state 'review'" when the command touches one stored state or transition. */
    private Optional<String> one(String verb, Collection<? extends DiagramElement> elements) {
        return elements.size() != 1 ? Optional.empty()
                : document.describeElement(elements.iterator().next().id()).map(what -> verb + what);
    }

    private String label(String nodeId) {
        return document.stateLabel(nodeId).orElse("?");
    }

    /** "2 states and 1 transition", "3 transitions". */
    private static String statesAndTransitions(Collection<? extends DiagramElement> elements) {
        long states = elements.stream().filter(DiagramNode.class::isInstance).count();
        long transitions = elements.stream().filter(DiagramEdge.class::isInstance).count();
        if (states == 0 || transitions == 0) {
            return states == 0 ? count(transitions, "transition") : count(states, "state");
        }
        return count(states, "state") + " and " + count(transitions, "transition");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
