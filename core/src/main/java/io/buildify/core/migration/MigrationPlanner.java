package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityType;
import io.buildify.core.validation.EntityValidator;
import io.buildify.core.validation.InvalidDefinitionException;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a definition change into an ordered {@link MigrationPlan}. A pure function: it never touches a database,
 * and the same input (and the same clock in {@link PlanOptions}) always gives byte-identical SQL, so a preview
 * shows exactly what publishing will run.
 *
 * <p>A new entity becomes a CREATE ({@link CreatePlanBuilder}); a changed one an ALTER ({@link AlterPlanBuilder})
 * that matches fields, relationships and indexes by id. Removed columns and junction tables are archived unless
 * the options say to drop them; both are destructive steps. {@link #planChecked} also returns the row checks the
 * server runs before applying an ALTER.
 */
public final class MigrationPlanner {
    private final KnownEntities known;
    private final Function<String, String> tableOfEntity;
    private final PlanOptions options;

    /**
     * A planner that assumes every referenced entity's table carries the entity's name and knows no other entity
     * (so it refuses one-to-many relationships to other entities).
     */
    public MigrationPlanner() {
        this(Function.identity());
    }

    /**
     * @param tableOfEntity the table name of a referenced entity (lookups and relationships name entities, while
     *                      foreign keys point at tables); callers that know renamed tables pass their catalog here
     */
    public MigrationPlanner(Function<String, String> tableOfEntity) {
        this(tableOfEntity, PlanOptions.defaults());
    }

    public MigrationPlanner(Function<String, String> tableOfEntity, PlanOptions options) {
        this(KnownEntities.none(), tableOfEntity, options);
    }

    /**
     * @param known the other entities (published ones on the server): their tables for foreign keys, and the
     *              target tables that one-to-many relationships add their columns to
     */
    public MigrationPlanner(KnownEntities known, PlanOptions options) {
        this(known, Function.identity(), options);
    }

    private MigrationPlanner(KnownEntities known, Function<String, String> fallback, PlanOptions options) {
        this.known = Objects.requireNonNull(known, "known");
        Objects.requireNonNull(fallback, "tableOfEntity");
        this.tableOfEntity = name -> known.find(name).map(EntityDefinition::tableName)
                .orElseGet(() -> fallback.apply(name));
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param previous    the published definition, or null for a new entity
     * @param next        the definition to publish
     * @param fromVersion the version {@code previous} was published as ({@link DefinitionVersion#NONE} for new)
     * @throws InvalidDefinitionException  when {@code next} has validation errors
     * @throws UnsupportedChangeException  when the change cannot be planned
     */
    public MigrationPlan plan(EntityDefinition previous, EntityDefinition next, DefinitionVersion fromVersion) {
        return planChecked(previous, next, fromVersion).plan();
    }

    /** Like {@link #plan}, with the row checks the server must pass before applying the plan. */
    public CheckedPlan planChecked(EntityDefinition previous, EntityDefinition next, DefinitionVersion fromVersion) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(fromVersion, "fromVersion");
        EntityValidator.requireValid(next);
        DefinitionVersion toVersion = fromVersion.next();
        boolean hadTable = previous != null && previous.entityType() != EntityType.VIRTUAL;
        boolean hasTable = next.entityType() != EntityType.VIRTUAL;
        if (previous != null && !previous.name().equals(next.name())) {
            throw new UnsupportedChangeException("an entity cannot be renamed from '" + previous.name() + "' to '"
                    + next.name() + "'; change its label or its table name instead");
        }
        if (hadTable && !hasTable) {
            throw new UnsupportedChangeException("making the published entity '" + next.name() + "' virtual would "
                    + "drop its table; that is not supported");
        }
        if (hasTable) {
            RelatedColumns.check(next, known);
        }
        if (!hadTable) {
            CreatePlanBuilder create = hasTable ? new CreatePlanBuilder(next, name -> tableOf(next, name)) : null;
            List<MigrationStep> steps = create == null ? List.of() : create.build(); // a virtual entity: no table
            MigrationType type = previous == null ? MigrationType.CREATE
                    : steps.isEmpty() ? MigrationType.ALTER : MigrationType.CREATE;
            return new CheckedPlan(new MigrationPlan(next.name(), type, fromVersion, toVersion, steps),
                    create == null ? List.of() : create.checks());
        }
        if (previous.equals(next)) {
            return new CheckedPlan(new MigrationPlan(next.name(), MigrationType.ALTER, fromVersion, toVersion,
                    List.of()), List.of());
        }
        AlterPlanBuilder.CheckedPlanParts parts = new AlterPlanBuilder(previous, next, tableOfEntity,
                this::existingTable, options, toVersion.number()).build();
        return new CheckedPlan(new MigrationPlan(next.name(), MigrationType.ALTER, fromVersion, toVersion,
                parts.steps()), parts.checks());
    }

    /**
     * The DROP migration that archives a published entity (its "delete"): its table, junction tables and the
     * one-to-many columns it put on other tables are renamed aside, so no data is lost and the down script restores
     * them. A virtual entity has no table: an empty plan.
     *
     * @param published   the entity's current published definition
     * @param fromVersion the version it was published as; the archive takes the next one
     * @param others      every other published definition (it may include {@code published}), to refuse while one
     *                    points at the entity by lookup or relationship
     * @throws UnsupportedChangeException while one of {@code others} points at it
     */
    public MigrationPlan planArchive(EntityDefinition published, DefinitionVersion fromVersion,
                                     Collection<EntityDefinition> others) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(fromVersion, "fromVersion");
        ArchivePlanBuilder.requireUnreferenced(published, Objects.requireNonNull(others, "others"));
        DefinitionVersion toVersion = fromVersion.next();
        List<MigrationStep> steps = published.entityType() == EntityType.VIRTUAL ? List.of()
                : new ArchivePlanBuilder(published, name -> tableOf(published, name), options, toVersion.number())
                .build();
        return new MigrationPlan(published.name(), MigrationType.DROP, fromVersion, toVersion, steps);
    }

    /** The table of a known entity that has one (a row check may read it); empty for unknown and virtual ones. */
    private Optional<String> existingTable(String entityName) {
        return known.find(entityName).filter(e -> e.entityType() != EntityType.VIRTUAL)
                .map(EntityDefinition::tableName);
    }

    /** An entity referring to itself points at its own table, whatever the resolver knows. */
    private String tableOf(EntityDefinition self, String entityName) {
        return entityName.equals(self.name()) ? self.tableName() : tableOfEntity.apply(entityName);
    }
}
