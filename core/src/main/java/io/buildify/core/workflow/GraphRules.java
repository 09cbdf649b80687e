package io.buildify.core.workflow;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The structural rules of SPEC §2 "Validation on the canvas": starts, reachability, ways out, defaults, ends. */
final class GraphRules {
    private GraphRules() {
    }

    static void check(WorkflowDefinition workflow, WorkflowGraph graph, Consumer<WorkflowMarker> out) {
        danglingTransitions(workflow, graph, out);
        List<WorkflowState> starts = graph.statesOfType(StateType.START);
        if (starts.isEmpty()) {
            out.accept(WorkflowMarker.error("", "no_start", "The workflow has no start state"));
        } else if (starts.size() > 1) {
            starts.forEach(s -> out.accept(WorkflowMarker.error(s.id(), "several_starts",
                    "'" + s.name() + "' is one of " + starts.size() + " start states; a workflow has exactly one")));
        }
        if (starts.size() == 1) {
            Set<String> reachable = graph.reachableFrom(starts.get(0).id());
            workflow.states().stream().filter(s -> !reachable.contains(s.id()))
                    .forEach(s -> out.accept(WorkflowMarker.error(s.id(), "unreachable_state",
                            "'" + s.name() + "' cannot be reached from the start state")));
        }
        for (WorkflowState state : workflow.states()) {
            List<WorkflowTransition> outgoing = graph.outgoing(state.id());
            boolean isFinal = WorkflowGraph.isFinal(state);
            if (!isFinal && outgoing.isEmpty()) {
                out.accept(WorkflowMarker.error(state.id(), "dead_end",
                        "'" + state.name() + "' is not final and has no way out"));
            }
            if (state.type() == StateType.END && !outgoing.isEmpty()) {
                out.accept(WorkflowMarker.error(state.id(), "end_with_outgoing",
                        "End state '" + state.name() + "' has " + outgoing.size() + " outgoing transition(s)"));
            }
            if (state.type() == StateType.CONDITION && !outgoing.isEmpty()
                    && outgoing.stream().noneMatch(WorkflowTransition::isDefaultBranch)) {
                out.accept(WorkflowMarker.error(state.id(), "no_default_branch",
                        "Condition '" + state.name() + "' has no default branch (a transition that always applies)"));
            }
        }
    }

    private static void danglingTransitions(WorkflowDefinition workflow, WorkflowGraph graph,
                                            Consumer<WorkflowMarker> out) {
        for (WorkflowTransition t : workflow.transitions()) {
            if (graph.state(t.fromStateId()).isEmpty() || graph.state(t.toStateId()).isEmpty()) {
                out.accept(WorkflowMarker.error(t.id(), "dangling_transition",
                        "Transition '" + t.name() + "' connects a state that does not exist"));
            }
        }
    }
}
