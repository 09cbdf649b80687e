package io.buildify.app.workflow;

import io.buildify.canvas.command.CommandHandler;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeType;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowTransition;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the canvas's right-click menu does to a workflow, each one undo step saved like any edit: make a state the
 * start (the former start becomes a task), change a state's type, make a transition its condition's default
 * branch, draw a transition straight again, add a state where the menu was opened. No JavaFX nodes here; the menu
 * itself is {@link WorkflowContextMenu}.
 */
public final class WorkflowContextActions {
    static final String SET_START = "state.setStart";

    private final WorkflowDocument document;

    public WorkflowContextActions(WorkflowDocument document) {
        this.document = document;
        // one unit: the command itself changes nothing, its follow-ups retype both states
        document.diagram().commandStack().register(SET_START, String.class, new NoChange());
        document.diagram().commandStack().postExecute(SET_START, String.class, 500, this::retypeStarts);
    }

    public boolean canSetAsStart(String nodeId) {
        return document.state(nodeId).type() != StateType.START;
    }

    /** Makes a state the workflow's start; any other start state becomes a task. */
    public void setAsStart(String nodeId) {
        if (canSetAsStart(nodeId)) {
            document.diagram().commandStack().execute(SET_START, nodeId);
        }
    }

    private void retypeStarts(String nodeId) {
        List<String> formerStarts = document.diagram().model().nodes().stream()
                .filter(n -> WorkflowNodeTypes.stateTypeOf(n) == StateType.START).map(DiagramNode::id).toList();
        formerStarts.forEach(id -> document.retype(id, StateType.TASK));
        document.retype(nodeId, StateType.START);
    }

    public void changeType(String nodeId, StateType type) {
        document.retype(nodeId, type);
    }

    /** A transition out of a condition state that is not yet a default branch (taken when no other holds). */
    public boolean canMakeDefaultBranch(String edgeId) {
        WorkflowTransition t = document.transition(edgeId);
        return document.state(t.fromStateId()).type() == StateType.CONDITION && !t.isDefaultBranch();
    }

    /** Drops the transition's conditions so it is taken when no other branch holds, and puts it last. */
    public void makeDefaultBranch(String edgeId) {
        if (!canMakeDefaultBranch(edgeId)) {
            return;
        }
        WorkflowTransition t = document.transition(edgeId);
        int last = document.definition().transitions().stream()
                .filter(o -> o.fromStateId().equals(t.fromStateId()) && !o.id().equals(edgeId))
                .mapToInt(WorkflowTransition::displayOrder).max().orElse(-1) + 1;
        document.updateTransition(edgeId, "condition_type", edit -> {
            edit.conditionType = ConditionType.ALWAYS;
            edit.conditions = ConditionGroup.empty();
            edit.displayOrder = Math.max(edit.displayOrder, last); // the branch read after all the others
            return edit;
        });
    }

    public boolean canStraighten(String edgeId) {
        return !document.transition(edgeId).waypoints().isEmpty();
    }

    /** Removes all bend points of a transition's line. */
    public void straighten(String edgeId) {
        if (canStraighten(edgeId)) {
            document.diagram().modeling().setWaypoints(
                    document.diagram().model().findEdge(edgeId).orElseThrow(), List.of());
        }
    }

    /** Adds a state of the type centred on a canvas point; it gets a unique label like a dropped one. */
    public DiagramNode addState(StateType type, double centreX, double centreY) {
        NodeType nodeType = WorkflowNodeTypes.of(Objects.requireNonNull(type, "type"));
        return document.diagram().modeling().createNode(nodeType, centreX - nodeType.width() / 2,
                centreY - nodeType.height() / 2);
    }

    /** A command that changes nothing itself: the unit its follow-ups join. */
    private final class NoChange implements CommandHandler<String> {
        @Override
        public Collection<?> execute(String context) {
            return List.of();
        }

        @Override
        public Collection<?> revert(String context) {
            return List.of();
        }

        @Override
        public String describe(String nodeId) {
            return "Make state '" + document.state(nodeId).name() + "' the start";
        }
    }
}
