package io.buildify.core.workflow;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only graph view of a workflow: states by id and transitions out of each state in display order. Both are
 * indexed once, so rules and the simulator that ask for every state's way out stay linear in the size of the
 * workflow (the canvas validates on every edit; workflows of thousands of states exist).
 */
final class WorkflowGraph {
    private final WorkflowDefinition workflow;
    private final Map<String, WorkflowState> statesById = new LinkedHashMap<>();
    private final Map<String, List<WorkflowTransition>> outgoingByState = new HashMap<>();

    WorkflowGraph(WorkflowDefinition workflow) {
        this.workflow = workflow;
        for (WorkflowState state : workflow.states()) {
            statesById.putIfAbsent(state.id(), state);
        }
        for (WorkflowTransition t : workflow.transitions()) {
            if (t.fromStateId() != null) {
                outgoingByState.computeIfAbsent(t.fromStateId(), id -> new ArrayList<>()).add(t);
            }
        }
        // A stable sort: equal display orders keep the order of the drawing.
        outgoingByState.replaceAll((id, list) -> list.stream()
                .sorted(Comparator.comparingInt(WorkflowTransition::displayOrder)).toList());
    }

    Optional<WorkflowState> state(String id) {
        return Optional.ofNullable(statesById.get(id));
    }

    List<WorkflowState> statesOfType(StateType type) {
        return workflow.states().stream().filter(s -> s.type() == type).toList();
    }

    /** Transitions leaving a state, in the order a user sees their buttons. */
    List<WorkflowTransition> outgoing(String stateId) {
        return outgoingByState.getOrDefault(stateId, List.of());
    }

    /** Ids of the states reachable from {@code startId} (itself included) over transitions between known states. */
    Set<String> reachableFrom(String startId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(startId));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (statesById.containsKey(id) && seen.add(id)) {
                outgoing(id).forEach(t -> todo.push(t.toStateId()));
            }
        }
        return seen;
    }

    static boolean isFinal(WorkflowState state) {
        return state.isFinal() || state.type() == StateType.END;
    }
}
