package io.buildify.core.migration;

import java.util.List;
import java.util.Objects;

/** A plan and the row checks the server must pass before applying it (none for a CREATE). */
public record CheckedPlan(MigrationPlan plan, List<RowCheck> checks) {
    public CheckedPlan {
        Objects.requireNonNull(plan, "plan");
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
