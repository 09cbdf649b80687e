package io.buildify.core.workflow;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The path of a dry run, where it stopped and why (in words a designer understands). */
public record SimulationResult(List<SimulationStep> steps, String stoppedAtStateId, StopReason reason,
                               String message) {

    /** Why a run ended. */
    public enum StopReason {
        /** A final state was reached. */
        COMPLETED,
        /** No outgoing transition is open for these values and roles. */
        BLOCKED,
        /** The caller asked for a number of steps and they were taken. */
        PAUSED,
        /** Far more steps than states: the values keep the instance in a loop. */
        LOOP,
        /** The workflow has no single start state (see the validator's markers). */
        NO_START;

        /** Wire form in lower case, like every other code of the API. */
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SimulationResult {
        steps = List.copyOf(steps);
        Objects.requireNonNull(reason, "reason");
    }

    /** States visited in order, for lighting up the path on the canvas. */
    public List<String> pathStateIds() {
        return steps.stream().map(SimulationStep::stateId).toList();
    }

    public List<String> pathTransitionIds() {
        return steps.stream().map(SimulationStep::takenTransitionId).filter(Objects::nonNull).toList();
    }
}
