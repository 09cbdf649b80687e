package io.buildify.app.workflow;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.model.PortSpec;
import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.Names;
import io.buildify.core.model.StateType;
import io.buildify.core.model.Waypoint;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;

import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One workflow being drawn: the canvas {@link Diagram} (states as nodes, transitions as edges, ids shared) plus
 * the properties the canvas does not know (approvers, conditions, SLA, the header), kept per element id.
 *
 * <p>Every change runs on the diagram's command stack, so one undo history covers drawing and property edits,
 * and the stack's change listener sees both. Property edits are the host command {@value #UPDATE}
 * ({@link UpdateElementHandler}); {@link WorkflowBehaviors} gives new nodes and edges their workflow defaults
 * inside the same undo step. {@link #definition()} maps the current drawing back to a {@link WorkflowDefinition}:
 * position, type, label and bend points come from the canvas, the rest from the stored properties.
 */
public final class WorkflowDocument {
    public static final String UPDATE = "workflow.update";

    private final Diagram diagram = new Diagram(WorkflowNodeTypes.all(), WorkflowDocument::allows);
    private final Map<String, WorkflowState> states = new HashMap<>();
    private final Map<String, WorkflowTransition> transitions = new HashMap<>();
    /** Transitions whose ends are missing: the canvas cannot draw them, but they are kept (and marked). */
    private final List<WorkflowTransition> dangling = new ArrayList<>();
    private WorkflowDefinition header;

    public WorkflowDocument(WorkflowDefinition initial) {
        Objects.requireNonNull(initial, "initial");
        header = headerOf(initial);
        diagram.commandStack().register(UPDATE, UpdateElementHandler.Update.class, new UpdateElementHandler(this));
        diagram.commandStack().register(RetypeStateHandler.ID, RetypeStateHandler.Context.class,
                new RetypeStateHandler(diagram.model()));
        load(initial);
        new WorkflowBehaviors(this);
        CanvasCommandTexts.install(this);
    }

    /** Nothing enters a start state, nothing leaves an end state (the canvas checks ports and duplicates). */
    private static boolean allows(DiagramNode source, PortSpec sourcePort, DiagramNode target, PortSpec targetPort) {
        return WorkflowNodeTypes.stateTypeOf(target) != StateType.START
                && WorkflowNodeTypes.stateTypeOf(source) != StateType.END;
    }

    private void load(WorkflowDefinition workflow) {
        DiagramModel model = diagram.model();
        for (WorkflowState state : workflow.states()) {
            DiagramNode node = new DiagramNode(state.id(), WorkflowNodeTypes.of(state.type()), state.x(), state.y());
            node.setLabel(state.label() == null ? "" : state.label());
            node.setStyle(WorkflowNodeTypes.styleFor(state.color()));
            model.addNode(node);
            states.put(state.id(), state);
        }
        for (WorkflowTransition t : workflow.transitions()) {
            if (model.findNode(t.fromStateId()).isEmpty() || model.findNode(t.toStateId()).isEmpty()) {
                dangling.add(t);
                continue;
            }
            DiagramEdge edge = new DiagramEdge(t.id(), new PortRef(t.fromStateId(), WorkflowNodeTypes.OUT),
                    new PortRef(t.toStateId(), WorkflowNodeTypes.IN));
            edge.setLabel(t.label() == null ? "" : t.label());
            edge.setWaypoints(t.waypoints().stream().map(w -> new Point2D(w.x(), w.y())).toList());
            model.addEdge(edge);
            transitions.put(t.id(), t);
        }
    }

    public Diagram diagram() {
        return diagram;
    }

    public String workflowId() {
        return header.id();
    }

    /** The header only (name, label, description, category, entity, trigger); no states or transitions. */
    public WorkflowDefinition header() {
        return header;
    }

    /** The whole workflow as drawn now. */
    public WorkflowDefinition definition() {
        List<WorkflowState> allStates = diagram.model().nodes().stream().map(n -> state(n.id())).toList();
        List<WorkflowTransition> allTransitions = new ArrayList<>();
        diagram.model().edges().forEach(e -> allTransitions.add(transition(e.id())));
        allTransitions.addAll(dangling);
        WorkflowDefinition h = header;
        return new WorkflowDefinition(h.id(), h.name(), h.label(), h.description(), h.category(), h.entityName(),
                h.trigger(), allStates, allTransitions);
    }

    /** The state of a node as it is now: stored properties with the canvas's type, label and position. */
    public WorkflowState state(String nodeId) {
        DiagramNode node = diagram.model().node(nodeId);
        WorkflowState stored = states.get(nodeId);
        WorkflowEdits.State edit = WorkflowEdits.of(stored != null ? stored : defaultState(node));
        edit.type = WorkflowNodeTypes.stateTypeOf(node);
        edit.label = node.getLabel();
        edit.x = node.getX();
        edit.y = node.getY();
        return edit.build();
    }

    /** The transition of an edge as it is now: stored properties with the canvas's ends, label and bend points. */
    public WorkflowTransition transition(String edgeId) {
        DiagramEdge edge = diagram.model().findEdge(edgeId).orElseThrow(
                () -> new IllegalArgumentException("no transition '" + edgeId + "' on the canvas"));
        WorkflowTransition stored = transitions.get(edgeId);
        WorkflowEdits.Transition edit = WorkflowEdits.of(stored != null ? stored : defaultTransition(edge));
        edit.fromStateId = edge.source().nodeId();
        edit.toStateId = edge.target().nodeId();
        edit.label = edge.getLabel();
        edit.waypoints = edge.getWaypoints().stream().map(p -> new Waypoint(p.getX(), p.getY())).toList();
        return edit.build();
    }

    /**
     * "state 'review'" or "transition 'approve'" for an element id, also for one deleted meanwhile (its properties
     * stay stored so undo can bring it back); empty for an unknown id.
     */
    Optional<String> describeElement(String id) {
        if (states.containsKey(id)) {
            return Optional.of("state '" + states.get(id).name() + "'");
        }
        if (transitions.containsKey(id)) {
            return Optional.of("transition '" + transitions.get(id).name() + "'");
        }
        return Optional.empty();
    }

    /** The label of a state as stored or drawn ("Manager approval"). */
    Optional<String> stateLabel(String id) {
        return diagram.model().findNode(id).map(DiagramNode::getLabel)
                .or(() -> Optional.ofNullable(states.get(id)).map(WorkflowState::label));
    }

    boolean hasStoredState(String nodeId) {
        return states.containsKey(nodeId);
    }

    boolean hasStoredTransition(String edgeId) {
        return transitions.containsKey(edgeId);
    }

    /** Changes one property of a state as one undoable command (merged with the previous edit of the same field). */
    public void updateState(String nodeId, String field, UnaryOperator<WorkflowEdits.State> change) {
        WorkflowState before = state(nodeId);
        WorkflowState after = change.apply(WorkflowEdits.of(before)).build();
        if (!after.equals(before)) {
            execute(new UpdateElementHandler.Update(nodeId, field, before, after));
        }
    }

    public void updateTransition(String edgeId, String field, UnaryOperator<WorkflowEdits.Transition> change) {
        WorkflowTransition before = transition(edgeId);
        WorkflowTransition after = change.apply(WorkflowEdits.of(before)).build();
        if (!after.equals(before)) {
            execute(new UpdateElementHandler.Update(edgeId, field, before, after));
        }
    }

    public void updateHeader(String field, UnaryOperator<WorkflowEdits.Header> change) {
        WorkflowDefinition after = change.apply(WorkflowEdits.of(header)).build();
        if (!after.equals(header)) {
            execute(new UpdateElementHandler.Update("", field, header, after));
        }
    }

    /**
     * Changes a state's type (one undo step). An end state becomes final and an approval state requires approval,
     * as a new state of that type would.
     */
    public void retype(String nodeId, StateType type) {
        Objects.requireNonNull(type, "type");
        if (state(nodeId).type() == type) {
            return;
        }
        diagram.commandStack().execute(RetypeStateHandler.ID,
                new RetypeStateHandler.Context(nodeId, WorkflowNodeTypes.of(type)));
    }

    void execute(UpdateElementHandler.Update update) {
        diagram.commandStack().execute(UPDATE, update);
    }

    /** Puts properties in place and onto the canvas; called by {@link UpdateElementHandler} only. */
    List<Object> apply(Object value) {
        if (value instanceof WorkflowState state) {
            states.put(state.id(), state);
            return diagram.model().findNode(state.id()).<List<Object>>map(node -> {
                node.setLabel(state.label() == null ? "" : state.label());
                node.setStyle(WorkflowNodeTypes.styleFor(state.color()));
                return List.of(node);
            }).orElse(List.of(state));
        }
        if (value instanceof WorkflowTransition transition) {
            transitions.put(transition.id(), transition);
            return diagram.model().findEdge(transition.id()).<List<Object>>map(edge -> {
                edge.setLabel(transition.label() == null ? "" : transition.label());
                return List.of(edge);
            }).orElse(List.of(transition));
        }
        header = headerOf((WorkflowDefinition) value);
        return List.of(header);
    }

    /** What a node means before any property was set: named after its label, final if an end. */
    static WorkflowState defaultState(DiagramNode node) {
        StateType type = WorkflowNodeTypes.stateTypeOf(node);
        return new WorkflowState(node.id(), Names.snakeCaseOf(node.getLabel()), node.getLabel(), null, type, null,
                null, type == StateType.END, type == StateType.APPROVAL,
                type == StateType.APPROVAL ? new ApprovalConfig(List.of(), 1) : null, null, List.of(), List.of(),
                List.of(), List.of(), node.getX(), node.getY());
    }

    static WorkflowTransition defaultTransition(DiagramEdge edge) {
        String name = Names.snakeCaseOf(edge.getLabel());
        WorkflowTransition plain = WorkflowTransition.of(name.isEmpty() ? "next" : name, edge.source().nodeId(),
                edge.target().nodeId());
        WorkflowEdits.Transition edit = WorkflowEdits.of(plain);
        edit.label = edge.getLabel();
        return new WorkflowTransition(edge.id(), edit.name, edit.label, null, edit.fromStateId, edit.toStateId,
                edit.conditionType, edit.conditions, List.of(), List.of(), List.of(), edit.buttonLabel,
                edit.buttonStyle, 0);
    }

    private static WorkflowDefinition headerOf(WorkflowDefinition workflow) {
        return new WorkflowDefinition(workflow.id(), workflow.name(), workflow.label(), workflow.description(),
                workflow.category(), workflow.entityName(), workflow.trigger(), List.of(), List.of());
    }
}
