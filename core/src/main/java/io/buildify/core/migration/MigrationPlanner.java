package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityType;
import io.buildify.core.validation.EntityValidator;
import io.buildify.core.validation.InvalidDefinitionException;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a definition change into an ordered {@link MigrationPlan}. A pure function: it never touches a database,
 * and the same input always gives byte-identical SQL, so a preview shows exactly what publishing will run.
 *
 * <p>Today it plans new entities (CREATE). Changing a published entity (ALTER) throws
 * {@link UnsupportedChangeException} until the migration engine lands.
 */
public final class MigrationPlanner {
    private final Function<String, String> tableOfEntity;

    /** A planner that assumes every referenced entity's table carries the entity's name (the default). */
    public MigrationPlanner() {
        this(Function.identity());
    }

    /**
     * @param tableOfEntity the table name of a referenced entity (lookups and relationships name entities, while
     *                      foreign keys point at tables); callers that know renamed tables pass their catalog here
     */
    public MigrationPlanner(Function<String, String> tableOfEntity) {
        this.tableOfEntity = Objects.requireNonNull(tableOfEntity, "tableOfEntity");
    }

    /**
     * @param previous    the published definition, or null for a new entity
     * @param next        the definition to publish
     * @param fromVersion the version {@code previous} was published as ({@link DefinitionVersion#NONE} for new)
     * @throws InvalidDefinitionException  when {@code next} has validation errors
     * @throws UnsupportedChangeException  when the change cannot be planned yet
     */
    public MigrationPlan plan(EntityDefinition previous, EntityDefinition next, DefinitionVersion fromVersion) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(fromVersion, "fromVersion");
        EntityValidator.requireValid(next);
        if (previous != null) {
            if (previous.equals(next)) {
                return new MigrationPlan(next.name(), MigrationType.ALTER, fromVersion, fromVersion.next(), List.of());
            }
            throw new UnsupportedChangeException("changing the published entity '" + previous.name() + "' ("
                    + fromVersion + ") needs ALTER migrations, which the planner does not make yet");
        }
        List<MigrationStep> steps = next.entityType() == EntityType.VIRTUAL
                ? List.of() // a virtual entity has no table
                : new CreatePlanBuilder(next, name -> tableOf(next, name)).build();
        return new MigrationPlan(next.name(), MigrationType.CREATE, fromVersion, fromVersion.next(), steps);
    }

    /** An entity referring to itself points at its own table, whatever the resolver knows. */
    private String tableOf(EntityDefinition self, String entityName) {
        return entityName.equals(self.name()) ? self.tableName() : tableOfEntity.apply(entityName);
    }
}
