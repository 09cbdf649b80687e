package io.buildify.core.migration;

import java.time.Clock;
import java.util.Objects;

/**
 * How the planner treats removals. By default a removed column or junction table is archived (renamed aside
 * with a timestamp, data kept); {@code dropInsteadOfArchive} drops it instead. The clock stamps archive names, so a
 * plan is byte-identical for the same input and the same clock.
 */
public record PlanOptions(boolean dropInsteadOfArchive, Clock clock) {
    public PlanOptions {
        Objects.requireNonNull(clock, "clock");
    }

    /** Archive, stamped with the current UTC time. */
    public static PlanOptions defaults() {
        return new PlanOptions(false, Clock.systemUTC());
    }
}
