package io.buildify.app.workflow;

import io.buildify.canvas.command.CommandStack;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.modeling.Modeling;
import io.buildify.canvas.modeling.cmd.ConnectPortsHandler;
import io.buildify.canvas.modeling.cmd.CreateNodeHandler;
import io.buildify.canvas.modeling.cmd.PasteHandler;
import io.buildify.canvas.modeling.cmd.UpdateLabelHandler;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.Names;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;

import java.util.HashSet;
import java.util.Set;

/**
 * Workflow side effects of the canvas's own commands, run as follow-ups in the same undo step (like bpmn-js
 * behaviors): a dropped or pasted state gets a unique label and a name derived from it ("Task 2", {@code task_2}),
 * so two drops never start with a duplicate-name error; a new
 * transition gets a label shown on the edge ("To Review", name {@code to_review}) and, out of an approval state,
 * "Approve" / "Reject" with the approval condition; renaming a label on the canvas renames the technical
 * name too while the name still follows the label.
 */
final class WorkflowBehaviors {
    private static final int PRIORITY = 500;

    private final WorkflowDocument document;

    WorkflowBehaviors(WorkflowDocument document) {
        this.document = document;
        CommandStack stack = document.diagram().commandStack();
        stack.postExecute(Modeling.CREATE_NODE, CreateNodeHandler.Context.class, PRIORITY,
                context -> nameNewState(context.node()));
        stack.postExecute(Modeling.PASTE, PasteHandler.Context.class, PRIORITY,
                context -> context.nodes().forEach(this::nameNewState));
        stack.postExecute(Modeling.CONNECT, ConnectPortsHandler.Context.class, PRIORITY,
                context -> nameNewTransition(context.edge()));
        stack.postExecute(RetypeStateHandler.ID, RetypeStateHandler.Context.class, PRIORITY,
                context -> adoptType(context.nodeId()));
        stack.postExecute(Modeling.UPDATE_LABEL, UpdateLabelHandler.Context.class, PRIORITY, this::followLabel);
    }

    private void nameNewState(DiagramNode node) {
        String base = node.getLabel().isBlank() ? node.type().displayName() : node.getLabel().replaceAll(" \\d+$", "");
        String label = uniqueLabel(base, node.id());
        WorkflowState before = document.state(node.id());
        WorkflowEdits.State edit = WorkflowEdits.of(before);
        edit.label = label;
        edit.name = Names.snakeCaseOf(label);
        document.execute(new UpdateElementHandler.Update(node.id(), null, before, edit.build()));
    }

    private String uniqueLabel(String base, String exceptNodeId) {
        Set<String> used = new HashSet<>();
        document.diagram().model().nodes().stream().filter(n -> !n.id().equals(exceptNodeId))
                .forEach(n -> used.add(n.getLabel().toLowerCase()));
        String label = base;
        for (int n = 2; used.contains(label.toLowerCase()); n++) {
            label = base + " " + n;
        }
        return label;
    }

    private void nameNewTransition(DiagramEdge edge) {
        if (document.hasStoredTransition(edge.id())) {
            return; // redo of a connection re-adds the same edge; its properties are already there
        }
        WorkflowTransition before = document.transition(edge.id());
        WorkflowEdits.Transition edit = WorkflowEdits.of(before);
        WorkflowState source = document.state(edge.source().nodeId());
        WorkflowState target = document.state(edge.target().nodeId());
        long siblings = document.diagram().model().edgesOf(source.id()).stream()
                .filter(e -> e.source().nodeId().equals(source.id())).count();
        if (source.type() == StateType.APPROVAL && siblings <= 2) {
            edit.label = siblings == 1 ? "Approve" : "Reject";
            edit.conditionType = ConditionType.APPROVAL;
            edit.buttonStyle = siblings == 1 ? io.buildify.core.model.ButtonStyle.SUCCESS
                    : io.buildify.core.model.ButtonStyle.DANGER;
            edit.name = Names.snakeCaseOf(edit.label);
        } else {
            // Shown on the edge, so a new user sees where each arrow goes; the name follows it ("to_review").
            edit.label = "To " + (target.label().isBlank() ? "next" : target.label());
            edit.name = "to_" + (target.name().isBlank() ? "next" : target.name());
        }
        edit.buttonLabel = edit.label.isEmpty() ? Names.labelOf(edit.name) : edit.label;
        edit.displayOrder = (int) siblings;
        document.execute(new UpdateElementHandler.Update(edge.id(), null, before, edit.build()));
    }

    /** After a type change: an end is final, an approval requires approval, as when drawn new. */
    private void adoptType(String nodeId) {
        WorkflowState before = document.state(nodeId);
        WorkflowEdits.State edit = WorkflowEdits.of(before);
        edit.isFinal = before.type() == StateType.END;
        edit.requiresApproval = before.type() == StateType.APPROVAL;
        if (edit.requiresApproval && edit.approval == null) {
            edit.approval = new io.buildify.core.model.ApprovalConfig(java.util.List.of(), 1);
        }
        WorkflowState after = edit.build();
        if (!after.equals(before)) {
            document.execute(new UpdateElementHandler.Update(nodeId, null, before, after));
        }
    }

    /** A label typed on the canvas renames the state while its name was the one derived from the old label. */
    private void followLabel(UpdateLabelHandler.Context context) {
        String oldLabel = context.oldLabel().get();
        if (context.element() instanceof DiagramNode node) {
            WorkflowState state = document.state(node.id());
            if (state.name().equals(Names.snakeCaseOf(oldLabel))) {
                WorkflowEdits.State edit = WorkflowEdits.of(state);
                edit.name = Names.snakeCaseOf(context.label());
                document.execute(new UpdateElementHandler.Update(node.id(), null, state, edit.build()));
            }
        } else if (context.element() instanceof DiagramEdge edge) {
            WorkflowTransition t = document.transition(edge.id());
            if (t.name().equals(Names.snakeCaseOf(oldLabel)) && !context.label().isBlank()) {
                WorkflowEdits.Transition edit = WorkflowEdits.of(t);
                edit.name = Names.snakeCaseOf(context.label());
                edit.buttonLabel = context.label();
                document.execute(new UpdateElementHandler.Update(edge.id(), null, t, edit.build()));
            }
        }
    }
}
