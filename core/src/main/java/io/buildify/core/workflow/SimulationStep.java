package io.buildify.core.workflow;

import java.util.List;

/** The simulator at one state: every outgoing transition evaluated, and the one taken (null where it stopped). */
public record SimulationStep(String stateId, String stateName, List<TransitionEvaluation> evaluated,
                             String takenTransitionId) {
    public SimulationStep {
        evaluated = List.copyOf(evaluated);
    }
}
