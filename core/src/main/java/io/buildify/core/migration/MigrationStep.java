package io.buildify.core.migration;

import java.util.Objects;

/**
 * One ordered step of a migration: its SQL both ways and its impact entry (kind, the object it touches such as
 * {@code customer.email}, and whether it can lose data).
 */
public record MigrationStep(StepKind kind, String object, String upSql, String downSql, boolean destructive) {
    public MigrationStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(upSql, "upSql");
    }
}
