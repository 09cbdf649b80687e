package io.buildify.core.api;

import io.buildify.core.migration.MigrationPlan;

import java.util.List;

/**
 * Answer of preview: the plan publishing would run, the result of every row check against the current data, and
 * what would stop a publish now ({@code blocked}: a check failed; {@code confirmation_required}: the plan has
 * destructive steps, so the publish must set {@code confirm_destructive}).
 */
public record PublishPreview(MigrationPlan plan, List<RowCheckResult> checks, boolean blocked,
                             boolean confirmationRequired) {
    public PublishPreview {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
