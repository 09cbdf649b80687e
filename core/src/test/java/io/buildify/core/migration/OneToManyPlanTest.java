package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.validation.InvalidDefinitionException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** One-to-many relationships: the foreign key column, its key and index live on the target ("many") table. */
class OneToManyPlanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
    private static final EntityDefinition CONTACT = EntityDefinition.of("contact").withTableName("crm_contact")
            .withFieldAdded(FieldDefinition.of("title", FieldType.STRING));
    private final MigrationPlanner planner = new MigrationPlanner(KnownEntities.of(List.of(CONTACT)),
            new PlanOptions(false, CLOCK));

    private static RelationshipDefinition contacts() {
        return new RelationshipDefinition("r1", "contacts", "Contacts", RelationshipKind.ONE_TO_MANY, "contact",
                null, null, ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false);
    }

    private static final EntityDefinition COMPANY = EntityDefinition.of("company")
            .withFieldAdded(FieldDefinition.of("name", FieldType.STRING));

    private static EntityDefinition company(RelationshipDefinition... relationships) {
        return COMPANY
                .withRelationships(List.of(relationships));
    }

    private CheckedPlan alter(EntityDefinition before, EntityDefinition after) {
        return planner.planChecked(before, after, DefinitionVersion.of(1));
    }

    @Test
    void createAddsTheIndexedForeignKeyColumnToTheTargetTableAndTheDownScriptRemovesItFirst() {
        CheckedPlan plan = planner.planChecked(null, company(contacts()), DefinitionVersion.NONE);

        assertThat(plan.plan().steps()).extracting(MigrationStep::kind, MigrationStep::object,
                MigrationStep::destructive).containsExactly(
                tuple(StepKind.CREATE_TABLE, "company", false),
                tuple(StepKind.ADD_COLUMN, "crm_contact.company_id", false),
                tuple(StepKind.ADD_FOREIGN_KEY, "crm_contact.company_id", false),
                tuple(StepKind.CREATE_INDEX, "crm_contact.company_id", false));
        assertThat(plan.plan().upSql()).endsWith("\nALTER TABLE \"crm_contact\" ADD COLUMN \"company_id\" UUID;\n"
                + "ALTER TABLE \"crm_contact\" ADD CONSTRAINT \"company_contacts_fkey\" FOREIGN KEY (\"company_id\")"
                + " REFERENCES \"company\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION;\n"
                + "CREATE INDEX \"company_contacts_idx\" ON \"crm_contact\" USING btree (\"company_id\");");
        assertThat(plan.plan().downSql()).isEqualTo("DROP INDEX \"company_contacts_idx\";\n"
                + "ALTER TABLE \"crm_contact\" DROP CONSTRAINT \"company_contacts_fkey\";\n"
                + "ALTER TABLE \"crm_contact\" DROP COLUMN \"company_id\";\nDROP TABLE \"company\";");
        assertThat(plan.checks()).isEmpty();
    }

    @Test
    void aRequiredRelationshipCountsTheTargetRowsThatWouldHaveNoValue() {
        CheckedPlan plan = planner.planChecked(null, company(contacts().withRequired(true)), DefinitionVersion.NONE);

        assertThat(plan.plan().upSql()).contains("ADD COLUMN \"company_id\" UUID NOT NULL;");
        assertThat(plan.checks()).singleElement().satisfies(check -> {
            assertThat(check.countSql()).isEqualTo("SELECT count(*) FROM \"crm_contact\"");
            assertThat(check.column()).isEqualTo("company_id");
        });
    }

    @Test
    void aSelfReferenceKeepsItsColumnInsideTheNewTable() {
        EntityDefinition employee = EntityDefinition.of("employee").withRelationships(List.of(
                RelationshipDefinition.of("reports", RelationshipKind.ONE_TO_MANY, "employee")
                        .withForeignKeyColumn("manager_id").withOnDelete(ReferentialAction.SET_NULL)));
        MigrationPlan plan = planner.plan(null, employee, DefinitionVersion.NONE);

        assertThat(plan.upSql()).contains("    \"manager_id\" UUID,\n")
                .contains("CONSTRAINT \"employee_reports_fkey\" FOREIGN KEY (\"manager_id\") REFERENCES \"employee\""
                        + " (\"id\") ON DELETE SET NULL")
                .endsWith("CREATE INDEX \"employee_reports_idx\" ON \"employee\" USING btree (\"manager_id\");");
        assertThat(plan.downSql()).isEqualTo("DROP TABLE \"employee\";");
    }

    @Test
    void anUnpublishedTargetIsRefusedNamingIt() {
        EntityDefinition company = company(RelationshipDefinition.of("deals", RelationshipKind.ONE_TO_MANY, "deal"));
        assertThatThrownBy(() -> planner.plan(null, company, DefinitionVersion.NONE))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessage("relationships[0] 'deals': a one_to_many relationship adds the column 'company_id' to the"
                        + " table of entity 'deal', which is not published yet; publish 'deal' first");
    }

    @Test
    void aColumnTheTargetAlreadyHasIsRefused() {
        EntityDefinition company = company(contacts().withForeignKeyColumn("title"));
        assertThatThrownBy(() -> planner.plan(null, company, DefinitionVersion.NONE))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("relationships[0].foreign_key_column");
                            assertThat(p.message()).contains("already has a column 'title'");
                        }));
    }

    @Test
    void theTargetCannotLaterTakeTheNameOfAnIncomingColumn() {
        MigrationPlanner withCompany = new MigrationPlanner(KnownEntities.of(List.of(CONTACT, company(contacts()))),
                new PlanOptions(false, CLOCK));
        EntityDefinition next = CONTACT.withFieldAdded(FieldDefinition.of("company_id", FieldType.UUID));
        assertThatThrownBy(() -> withCompany.plan(CONTACT, next, DefinitionVersion.of(1)))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("fields[1].name");
                            assertThat(p.message()).contains("one_to_many relationship 'contacts' of entity 'company'");
                        }));
    }

    @Test
    void addingOneToAPublishedEntityAltersTheTargetTable() {
        EntityDefinition v1 = company();
        CheckedPlan plan = alter(v1, company(contacts()));

        assertThat(plan.plan().steps()).extracting(MigrationStep::kind, MigrationStep::object).containsExactly(
                tuple(StepKind.ADD_COLUMN, "crm_contact.company_id"),
                tuple(StepKind.ADD_FOREIGN_KEY, "crm_contact.company_id"),
                tuple(StepKind.CREATE_INDEX, "crm_contact.company_id"));
        assertThat(plan.plan().downSql()).isEqualTo("DROP INDEX \"company_contacts_idx\";\n"
                + "ALTER TABLE \"crm_contact\" DROP CONSTRAINT \"company_contacts_fkey\";\n"
                + "ALTER TABLE \"crm_contact\" DROP COLUMN \"company_id\";");
    }

    @Test
    void removingOneArchivesTheColumnOnTheTargetTable() {
        CheckedPlan plan = alter(company(contacts()), company());

        assertThat(plan.plan().steps()).extracting(MigrationStep::kind, MigrationStep::object,
                MigrationStep::destructive).containsExactly(
                tuple(StepKind.DROP_FOREIGN_KEY, "crm_contact.company_id", false),
                tuple(StepKind.DROP_INDEX, "crm_contact.company_id", false),
                tuple(StepKind.ARCHIVE_COLUMN, "crm_contact.company_id", true));
        assertThat(RollbackSteps.of(plan.plan().steps())).extracting(MigrationStep::kind, MigrationStep::destructive)
                .containsExactly(tuple(StepKind.RESTORE_COLUMN, false), tuple(StepKind.CREATE_INDEX, false),
                        tuple(StepKind.ADD_FOREIGN_KEY, false));
        assertThat(plan.plan().upSql()).endsWith("ALTER TABLE \"crm_contact\" RENAME COLUMN \"company_id\" TO"
                + " \"_archived_company_id_20261122101530_v2\";");
        assertThat(plan.plan().downSql()).startsWith("ALTER TABLE \"crm_contact\" RENAME COLUMN"
                + " \"_archived_company_id_20261122101530_v2\" TO \"company_id\";\nCREATE INDEX");
    }

    @Test
    void changesOfAKeptRelationshipAreRenamesAndConstraintSteps() {
        EntityDefinition v1 = company(contacts());
        RelationshipDefinition changed = contacts().withName("people").withForeignKeyColumn("employer_id")
                .withOnDelete(ReferentialAction.RESTRICT).withRequired(true);
        CheckedPlan plan = alter(v1, company(changed).withTableName("firm"));

        assertThat(plan.plan().steps()).extracting(MigrationStep::kind, MigrationStep::object).containsExactly(
                tuple(StepKind.RENAME_TABLE, "firm"),
                tuple(StepKind.DROP_FOREIGN_KEY, "crm_contact.company_id"),
                tuple(StepKind.RENAME_COLUMN, "crm_contact.employer_id"),
                tuple(StepKind.RENAME_CONSTRAINT, "firm"), // firm_pkey
                tuple(StepKind.RENAME_INDEX, "crm_contact.employer_id"),
                tuple(StepKind.SET_NOT_NULL, "crm_contact.employer_id"),
                tuple(StepKind.ADD_FOREIGN_KEY, "crm_contact.employer_id"));
        assertThat(plan.plan().upSql()).contains("ALTER INDEX \"company_contacts_idx\" RENAME TO \"firm_people_idx\";")
                .contains("ADD CONSTRAINT \"firm_people_fkey\" FOREIGN KEY (\"employer_id\") REFERENCES \"firm\"");
        // the old key is re-created by the down script while the company table is still called firm
        assertThat(plan.plan().downSql()).contains("ALTER TABLE \"crm_contact\" ADD CONSTRAINT"
                + " \"company_contacts_fkey\" FOREIGN KEY (\"company_id\") REFERENCES \"firm\" (\"id\")");
        assertThat(plan.checks()).extracting(RowCheck::countSql).containsExactly(
                "SELECT count(*) FROM \"crm_contact\" WHERE \"company_id\" IS NULL");
    }

    @Test
    void pointingAtAnotherEntityMovesTheColumnToItsTable() {
        EntityDefinition lead = EntityDefinition.of("lead");
        MigrationPlanner both = new MigrationPlanner(KnownEntities.of(List.of(CONTACT, lead)),
                new PlanOptions(false, CLOCK));
        MigrationPlan plan = both.plan(company(contacts()), company(contacts().withTargetEntity("lead")),
                DefinitionVersion.of(1));

        assertThat(plan.steps()).extracting(MigrationStep::kind, MigrationStep::object).containsExactly(
                tuple(StepKind.DROP_FOREIGN_KEY, "crm_contact.company_id"),
                tuple(StepKind.DROP_INDEX, "crm_contact.company_id"),
                tuple(StepKind.ARCHIVE_COLUMN, "crm_contact.company_id"),
                tuple(StepKind.ADD_COLUMN, "lead.company_id"),
                tuple(StepKind.ADD_FOREIGN_KEY, "lead.company_id"),
                tuple(StepKind.CREATE_INDEX, "lead.company_id"));
    }

    @Test
    void anIndexOnASelfReferenceFollowsItsRenamedColumn() {
        RelationshipDefinition reports = RelationshipDefinition.of("reports", RelationshipKind.ONE_TO_MANY,
                "employee").withForeignKeyColumn("manager_id");
        EntityDefinition v1 = EntityDefinition.of("employee").withRelationships(List.of(reports))
                .withIndexes(List.of(IndexDefinition.of("employee_by_manager", List.of("manager_id"))));
        EntityDefinition v2 = v1.withRelationships(List.of(reports.withForeignKeyColumn("boss_id")))
                .withIndexes(List.of(v1.indexes().get(0).withColumns(List.of("boss_id"))));

        assertThat(planner.plan(v1, v2, DefinitionVersion.of(1)).upSql())
                .isEqualTo("ALTER TABLE \"employee\" RENAME COLUMN \"manager_id\" TO \"boss_id\";");
    }
}
