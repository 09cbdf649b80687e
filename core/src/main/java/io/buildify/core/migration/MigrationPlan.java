package io.buildify.core.migration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.buildify.core.model.DefinitionVersion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The planner's answer: ordered steps that take an entity's table from {@code fromVersion} to {@code toVersion}.
 * The up script runs the steps in order; the down script runs their inverses in reverse order.
 */
@JsonIgnoreProperties(value = {"up_sql", "down_sql", "destructive"}, allowGetters = true)
public record MigrationPlan(
        String entityName,
        MigrationType type,
        DefinitionVersion fromVersion,
        DefinitionVersion toVersion,
        List<MigrationStep> steps) {

    public MigrationPlan {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(type, "type");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    @JsonProperty("up_sql")
    public String upSql() {
        return steps.stream().map(MigrationStep::upSql).collect(Collectors.joining("\n"));
    }

    @JsonProperty("down_sql")
    public String downSql() {
        List<MigrationStep> reversed = new ArrayList<>(steps);
        Collections.reverse(reversed);
        return reversed.stream().map(MigrationStep::downSql).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    @JsonProperty("destructive")
    public boolean destructive() {
        return steps.stream().anyMatch(MigrationStep::destructive);
    }
}
