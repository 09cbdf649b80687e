package io.buildify.core.workflow;

import io.buildify.core.model.Condition;

import java.util.List;

/** How one outgoing transition fared at a step: who may take it, and each condition with its result. */
public record TransitionEvaluation(String transitionId, String transitionName, boolean allowedForUser,
                                   boolean conditionsHold, List<ConditionResult> conditions) {

    /** One condition and whether it held for the sample values. */
    public record ConditionResult(Condition condition, boolean held) {
    }

    public TransitionEvaluation {
        conditions = List.copyOf(conditions);
    }

    public boolean available() {
        return allowedForUser && conditionsHold;
    }
}
