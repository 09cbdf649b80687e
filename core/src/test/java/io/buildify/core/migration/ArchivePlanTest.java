package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Archiving a published entity: everything renamed aside, nothing dropped, the down script restores it all. */
class ArchivePlanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
    private static final String STAMP = "_20261122101530_v3";
    private static final EntityDefinition CONTACT = EntityDefinition.of("contact").withTableName("crm_contact");
    private static final EntityDefinition TAG = EntityDefinition.of("tag");
    private static final RelationshipDefinition CONTACTS = new RelationshipDefinition("r1", "contacts", "Contacts",
            RelationshipKind.ONE_TO_MANY, "contact", null, null, ReferentialAction.CASCADE,
            ReferentialAction.NO_ACTION, false);
    private static final EntityDefinition COMPANY = EntityDefinition.of("company")
            .withFieldAdded(FieldDefinition.of("code", FieldType.STRING).withUnique(true))
            .withRelationships(List.of(CONTACTS, RelationshipDefinition.of("tags", RelationshipKind.MANY_TO_MANY,
                    "tag")));

    /** Archives {@code entity}; {@code published} are the entities the planner and the reference check know. */
    private static MigrationPlan archive(EntityDefinition entity, int version, EntityDefinition... published) {
        return new MigrationPlanner(KnownEntities.of(List.of(published)), new PlanOptions(false, CLOCK))
                .planArchive(entity, DefinitionVersion.of(version), List.of(published));
    }

    @Test
    void archivesTheOneToManyColumnTheJunctionTheKeysAndTheTableAsADropMigration() {
        MigrationPlan plan = archive(COMPANY, 2, CONTACT, TAG, COMPANY);

        assertThat(plan.type()).isEqualTo(MigrationType.DROP);
        assertThat(plan.toVersion()).isEqualTo(DefinitionVersion.of(3));
        assertThat(plan.destructive()).isTrue();
        assertThat(plan.steps()).extracting(MigrationStep::kind, MigrationStep::object, MigrationStep::destructive)
                .containsExactly(
                        tuple(StepKind.DROP_FOREIGN_KEY, "crm_contact.company_id", false),
                        tuple(StepKind.DROP_INDEX, "crm_contact.company_id", false),
                        tuple(StepKind.ARCHIVE_COLUMN, "crm_contact.company_id", true),
                        tuple(StepKind.ARCHIVE_TABLE, "company_tags", true),
                        tuple(StepKind.RENAME_CONSTRAINT, "company", false),
                        tuple(StepKind.RENAME_CONSTRAINT, "company.code", false),
                        tuple(StepKind.ARCHIVE_TABLE, "company", true));
        assertThat(plan.upSql()).doesNotContain("DROP TABLE").doesNotContain("DROP COLUMN")
                .contains("ALTER TABLE \"crm_contact\" RENAME COLUMN \"company_id\" TO \"_archived_company_id"
                        + STAMP + "\";")
                .contains("ALTER TABLE \"company\" RENAME CONSTRAINT \"company_pkey\" TO \"_archived_company_pkey"
                        + STAMP + "\";")
                .endsWith("ALTER TABLE \"company\" RENAME TO \"_archived_company" + STAMP + "\";");
        assertThat(plan.downSql()).startsWith("ALTER TABLE \"_archived_company" + STAMP + "\" RENAME TO \"company\";")
                .endsWith("ALTER TABLE \"crm_contact\" ADD CONSTRAINT \"company_contacts_fkey\" FOREIGN KEY "
                        + "(\"company_id\") REFERENCES \"company\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION;");
    }

    @Test
    void rollingTheArchiveBackRunsTheDownScriptAndLosesNothing() {
        MigrationPlan plan = archive(COMPANY, 2, CONTACT, TAG);

        List<MigrationStep> undo = RollbackSteps.of(plan.steps());

        assertThat(undo).noneMatch(MigrationStep::destructive);
        assertThat(undo.get(0).kind()).isEqualTo(StepKind.RESTORE_TABLE);
        assertThat(String.join("\n", undo.stream().map(MigrationStep::upSql).toList())).isEqualTo(plan.downSql());
    }

    @Test
    void refusesWhileOtherEntitiesPointAtItAndNamesThem() {
        EntityDefinition invoice = EntityDefinition.of("invoice")
                .withFieldAdded(FieldDefinition.of("buyer", FieldType.LOOKUP).withLookupEntity("company"));
        EntityDefinition project = EntityDefinition.of("project").withRelationships(List.of(
                RelationshipDefinition.of("owners", RelationshipKind.MANY_TO_MANY, "company")));

        assertThatThrownBy(() -> archive(COMPANY, 2, CONTACT, TAG, invoice, project))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("entity 'company' cannot be archived")
                .hasMessageContaining("lookup field 'invoice.buyer'")
                .hasMessageContaining("many_to_many relationship 'project.owners'");
    }

    @Test
    void aSelfReferenceDoesNotBlockAndAVirtualEntityHasNoSteps() {
        EntityDefinition node = EntityDefinition.of("node")
                .withFieldAdded(FieldDefinition.of("parent", FieldType.LOOKUP).withLookupEntity("node"));

        assertThat(archive(node, 1, node).steps()).isNotEmpty();
        EntityDefinition view = EntityDefinition.of("report").withEntityType(EntityType.VIRTUAL);
        MigrationPlan plan = archive(view, 1);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.type()).isEqualTo(MigrationType.DROP);
    }
}
