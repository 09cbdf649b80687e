package io.buildify.core.workflow;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.workflow.SimulationResult.StopReason;
import io.buildify.core.workflow.TransitionEvaluation.ConditionResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Dry run of a workflow (SPEC §2 "Simulate"): from the start state, at each state evaluate the outgoing transitions
 * for the sample values and roles, take one, and go on until a final state, a state with nothing open, or a loop.
 * Pure and deterministic, so "step" is simply a run with one more transition allowed.
 *
 * <p>Which transition is taken: at a condition state the first non-default branch whose conditions hold, else the
 * default branch; elsewhere the first open transition in display order (the button a user would see first).
 */
public final class WorkflowSimulator {
    private final WorkflowDefinition workflow;
    private final WorkflowGraph graph;

    public WorkflowSimulator(WorkflowDefinition workflow) {
        this.workflow = workflow;
        this.graph = new WorkflowGraph(workflow);
    }

    /** Runs until the instance stops by itself. */
    public SimulationResult run(SimulationInput input) {
        return run(input, Integer.MAX_VALUE);
    }

    /** Runs taking at most {@code maxTransitions} transitions (1 = one step from the start). */
    public SimulationResult run(SimulationInput input, int maxTransitions) {
        List<WorkflowState> starts = graph.statesOfType(StateType.START);
        if (starts.size() != 1) {
            return new SimulationResult(List.of(), null, StopReason.NO_START,
                    starts.isEmpty() ? "The workflow has no start state" : "The workflow has several start states");
        }
        int loopLimit = Math.max(100, workflow.states().size() * 10);
        List<SimulationStep> steps = new ArrayList<>();
        WorkflowState state = starts.get(0);
        while (true) {
            List<TransitionEvaluation> evaluated = graph.outgoing(state.id()).stream()
                    .map(t -> evaluate(t, input)).toList();
            if (WorkflowGraph.isFinal(state)) {
                steps.add(new SimulationStep(state.id(), state.name(), evaluated, null));
                return new SimulationResult(steps, state.id(), StopReason.COMPLETED,
                        "Reached final state '" + state.name() + "'");
            }
            Optional<WorkflowTransition> chosen = choose(state, evaluated);
            if (chosen.isEmpty()) {
                steps.add(new SimulationStep(state.id(), state.name(), evaluated, null));
                return new SimulationResult(steps, state.id(), StopReason.BLOCKED, blockedMessage(state, evaluated));
            }
            if (steps.size() >= maxTransitions) {
                steps.add(new SimulationStep(state.id(), state.name(), evaluated, null));
                return new SimulationResult(steps, state.id(), StopReason.PAUSED,
                        "Paused at '" + state.name() + "'; next: '" + chosen.get().name() + "'");
            }
            if (steps.size() >= loopLimit) {
                return new SimulationResult(steps, state.id(), StopReason.LOOP,
                        "Stopped after " + steps.size() + " transitions: these values keep the instance in a loop");
            }
            steps.add(new SimulationStep(state.id(), state.name(), evaluated, chosen.get().id()));
            state = graph.state(chosen.get().toStateId()).orElse(null);
            if (state == null) {
                return new SimulationResult(steps, null, StopReason.BLOCKED,
                        "Transition '" + chosen.get().name() + "' leads to a state that does not exist");
            }
        }
    }

    private Optional<WorkflowTransition> choose(WorkflowState state, List<TransitionEvaluation> evaluated) {
        List<WorkflowTransition> open = graph.outgoing(state.id()).stream()
                .filter(t -> evaluated.stream().anyMatch(e -> e.transitionId().equals(t.id()) && e.available()))
                .toList();
        if (state.type() == StateType.CONDITION) {
            return open.stream().filter(t -> !t.isDefaultBranch()).findFirst()
                    .or(() -> open.stream().filter(WorkflowTransition::isDefaultBranch).findFirst());
        }
        return open.stream().findFirst();
    }

    private TransitionEvaluation evaluate(WorkflowTransition transition, SimulationInput input) {
        List<ConditionResult> results = transition.conditions().conditions().stream()
                .map(c -> new ConditionResult(c, ConditionEvaluator.holds(c, input.values()))).toList();
        boolean conditionsHold = switch (transition.conditionType()) {
            case ALWAYS -> true;
            case CONDITIONAL -> ConditionEvaluator.holds(transition.conditions(), input.values());
            case APPROVAL -> isApprover(transition, input);
        };
        return new TransitionEvaluation(transition.id(), transition.name(), mayTake(transition, input),
                conditionsHold, results);
    }

    /** No restriction means anyone; otherwise one of the roles, or the user by name. */
    private static boolean mayTake(WorkflowTransition transition, SimulationInput input) {
        if (transition.allowedRoles().isEmpty() && transition.allowedUsers().isEmpty()) {
            return true;
        }
        return !Collections.disjoint(transition.allowedRoles(), input.roles())
                || input.user() != null && transition.allowedUsers().contains(input.user());
    }

    /** An approval transition opens for a user holding one of the approver roles of the state it leaves. */
    private boolean isApprover(WorkflowTransition transition, SimulationInput input) {
        return graph.state(transition.fromStateId())
                .map(s -> s.approval() != null && !Collections.disjoint(s.approval().approverRoles(), input.roles()))
                .orElse(false);
    }

    private static String blockedMessage(WorkflowState state, List<TransitionEvaluation> evaluated) {
        if (evaluated.isEmpty()) {
            return "'" + state.name() + "' has no way out";
        }
        boolean roleProblem = evaluated.stream().anyMatch(e -> e.conditionsHold() && !e.allowedForUser());
        return "No transition out of '" + state.name() + "' is open: "
                + (roleProblem ? "the user's roles may not take the ones whose conditions hold"
                : "no condition holds for these values");
    }
}
