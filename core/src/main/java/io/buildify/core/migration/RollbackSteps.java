package io.buildify.core.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The steps of a rollback: the inverses of a migration's steps in reverse order, up and down SQL swapped, so a
 * rollback is itself a migration that can be rolled back. A step without down SQL (an index created with its table)
 * has no inverse of its own; the inverse of its table's creation covers it.
 */
public final class RollbackSteps {
    private RollbackSteps() {
    }

    public static List<MigrationStep> of(List<MigrationStep> steps) {
        Objects.requireNonNull(steps, "steps");
        List<MigrationStep> inverse = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            MigrationStep step = steps.get(i);
            if (step.downSql() != null) {
                inverse.add(new MigrationStep(step.kind().inverse(), step.object(), step.downSql(), step.upSql(),
                        destructive(step)));
            }
        }
        return List.copyOf(inverse);
    }

    /** Undoing a step loses data when the inverse drops something, or narrows the type a widening widened. */
    private static boolean destructive(MigrationStep step) {
        if (step.kind() == StepKind.ALTER_COLUMN_TYPE) {
            return !step.destructive();
        }
        return step.kind().inverse().dropsData();
    }
}
