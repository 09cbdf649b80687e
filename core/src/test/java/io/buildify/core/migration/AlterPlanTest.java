package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The ALTER path of the planner: one test per kind of change, checked on the exact SQL both ways. */
class AlterPlanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
    private final MigrationPlanner planner = new MigrationPlanner(name -> name, new PlanOptions(false, CLOCK));

    private static final FieldDefinition NAME = FieldDefinition.of("name", FieldType.STRING).withRequired(true);
    private static final FieldDefinition EMAIL = FieldDefinition.of("email", FieldType.EMAIL).withUnique(true);
    private static final FieldDefinition LIMIT = FieldDefinition.of("credit_limit", FieldType.STRING);

    private static EntityDefinition customer() {
        return EntityDefinition.of("customer").withFields(List.of(NAME, EMAIL, LIMIT));
    }

    private CheckedPlan alter(EntityDefinition before, EntityDefinition after) {
        return planner.planChecked(before, after, DefinitionVersion.of(1));
    }

    @Test
    void addedFieldIsAddColumnAndItsDownDropsIt() {
        EntityDefinition v1 = customer();
        CheckedPlan plan = alter(v1, v1.withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE)));

        assertThat(plan.plan().type()).isEqualTo(MigrationType.ALTER);
        assertThat(plan.plan().toVersion()).isEqualTo(DefinitionVersion.of(2));
        assertThat(plan.plan().steps()).extracting(MigrationStep::kind, MigrationStep::object,
                MigrationStep::destructive).containsExactly(tuple(StepKind.ADD_COLUMN, "customer.phone", false));
        assertThat(plan.plan().upSql()).isEqualTo("ALTER TABLE \"customer\" ADD COLUMN \"phone\" VARCHAR(20);");
        assertThat(plan.plan().downSql()).isEqualTo("ALTER TABLE \"customer\" DROP COLUMN \"phone\";");
        assertThat(plan.checks()).isEmpty();
    }

    @Test
    void uniqueNewFieldWithDefaultIsCheckedOnlyWhenTwoRowsWouldShareTheDefault() {
        EntityDefinition v1 = customer();
        CheckedPlan plan = alter(v1, v1.withFieldAdded(FieldDefinition.of("code", FieldType.STRING)
                .withUnique(true).withDefaultValue("X")));
        assertThat(plan.checks()).singleElement().satisfies(check -> {
            assertThat(check.countSql()).isEqualTo("SELECT CASE WHEN count(*) > 1 THEN count(*) ELSE 0 END"
                    + " FROM \"customer\"");
            assertThat(check.message(2)).isEqualTo(
                    "code: 2 rows would all get the same default value, but the new field is unique");
        });
        assertThat(alter(v1, v1.withFieldAdded(FieldDefinition.of("code", FieldType.STRING).withUnique(true)))
                .checks()).isEmpty();
    }

    @Test
    void newUniqueIndexCountsRowsSharingAllItsColumnsByTheirOldNames() {
        EntityDefinition v1 = customer();
        EntityDefinition v2 = v1.withFieldReplaced(NAME.withName("full_name"))
                .withIndexAdded(IndexDefinition.of("customer_name_limit", List.of("full_name", "credit_limit"))
                        .withUnique(true));
        assertThat(alter(v1, v2).checks()).singleElement().satisfies(check -> {
            assertThat(check.countSql()).isEqualTo("SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM"
                    + " \"customer\" WHERE \"name\" IS NOT NULL AND \"credit_limit\" IS NOT NULL GROUP BY \"name\","
                    + " \"credit_limit\" HAVING count(*) > 1) AS duplicates");
            assertThat(check.message(4)).isEqualTo("customer_name_limit: 4 rows share their values of (full_name,"
                    + " credit_limit) with another row, but the index is unique");
        });
        // partial ones: PartialUniqueIndexCheckTest
        assertThat(alter(v1, v1.withIndexAdded(IndexDefinition.of("customer_by_limit", List.of("credit_limit"))))
                .checks()).isEmpty();
    }

    @Test
    void requiredNewFieldWithoutDefaultIsCheckedAgainstExistingRows() {
        EntityDefinition v1 = customer();
        CheckedPlan plan = alter(v1, v1.withFieldAdded(FieldDefinition.of("code", FieldType.STRING)
                .withRequired(true)));
        assertThat(plan.checks()).singleElement().satisfies(check -> {
            assertThat(check.countSql()).isEqualTo("SELECT count(*) FROM \"customer\"");
            assertThat(check.message(3)).startsWith("code: 3 rows would have no value");
            assertThat(check.message(1)).startsWith("code: 1 row would have no value");
        });
        CheckedPlan withDefault = alter(v1, v1.withFieldAdded(FieldDefinition.of("code", FieldType.STRING)
                .withRequired(true).withDefaultValue("none")));
        assertThat(withDefault.plan().upSql()).isEqualTo(
                "ALTER TABLE \"customer\" ADD COLUMN \"code\" VARCHAR(255) NOT NULL DEFAULT 'none';");
        assertThat(withDefault.checks()).isEmpty();
    }

    @Test
    void renamedFieldIsRenameColumnAndItsConstraintFollows() {
        EntityDefinition v1 = customer();
        MigrationPlan plan = alter(v1, v1.withFieldReplaced(EMAIL.withName("mail"))).plan();

        assertThat(plan.steps()).extracting(MigrationStep::kind)
                .containsExactly(StepKind.RENAME_COLUMN, StepKind.RENAME_CONSTRAINT);
        assertThat(plan.upSql()).isEqualTo("""
                ALTER TABLE "customer" RENAME COLUMN "email" TO "mail";
                ALTER TABLE "customer" RENAME CONSTRAINT "customer_email_key" TO "customer_mail_key";""");
        assertThat(plan.downSql()).isEqualTo("""
                ALTER TABLE "customer" RENAME CONSTRAINT "customer_mail_key" TO "customer_email_key";
                ALTER TABLE "customer" RENAME COLUMN "mail" TO "email";""");
        assertThat(plan.destructive()).isFalse();
    }

    @Test
    void removedFieldIsArchivedWithATimestampAndRestoredByTheDownScript() {
        EntityDefinition v1 = customer();
        MigrationPlan plan = alter(v1, v1.withFieldRemoved(NAME.id()).withFieldRemoved(EMAIL.id())).plan();

        assertThat(plan.steps()).extracting(MigrationStep::kind, MigrationStep::destructive).containsExactly(
                tuple(StepKind.DROP_CONSTRAINT, false),
                tuple(StepKind.ARCHIVE_COLUMN, true),
                tuple(StepKind.ARCHIVE_COLUMN, true));
        assertThat(plan.upSql()).isEqualTo("""
                ALTER TABLE "customer" DROP CONSTRAINT "customer_email_key";
                ALTER TABLE "customer" RENAME COLUMN "name" TO "_archived_name_20261122101530_v2";
                ALTER TABLE "customer" ALTER COLUMN "_archived_name_20261122101530_v2" DROP NOT NULL;
                ALTER TABLE "customer" RENAME COLUMN "email" TO "_archived_email_20261122101530_v2";""");
        assertThat(plan.downSql()).isEqualTo("""
                ALTER TABLE "customer" RENAME COLUMN "_archived_email_20261122101530_v2" TO "email";
                ALTER TABLE "customer" ALTER COLUMN "_archived_name_20261122101530_v2" SET NOT NULL;
                ALTER TABLE "customer" RENAME COLUMN "_archived_name_20261122101530_v2" TO "name";
                ALTER TABLE "customer" ADD CONSTRAINT "customer_email_key" UNIQUE ("email");""");
        assertThat(plan.destructive()).isTrue();
    }

    @Test
    void dropInsteadOfArchiveDropsTheColumn() {
        EntityDefinition v1 = customer();
        MigrationPlan plan = new MigrationPlanner(n -> n, new PlanOptions(true, CLOCK))
                .plan(v1, v1.withFieldRemoved(LIMIT.id()), DefinitionVersion.of(1));
        assertThat(plan.upSql()).isEqualTo("ALTER TABLE \"customer\" DROP COLUMN \"credit_limit\";");
        assertThat(plan.downSql()).isEqualTo("ALTER TABLE \"customer\" ADD COLUMN \"credit_limit\" VARCHAR(255);");
        assertThat(plan.steps().get(0).kind()).isEqualTo(StepKind.DROP_COLUMN);
        assertThat(plan.destructive()).isTrue();
    }

    @Test
    void archiveNamesStayWithin63BytesAndStayDistinct() {
        String a = ArchiveNames.of("a".repeat(60), 12, CLOCK);
        String b = ArchiveNames.of("a".repeat(59) + "b", 12, CLOCK);
        assertThat(a).hasSize(63).startsWith("_archived_aaa").endsWith("_20261122101530_v12").isNotEqualTo(b);
        assertThat(ArchiveNames.of("note", 3, CLOCK)).as("archived again in the same second by a later version")
                .isNotEqualTo(ArchiveNames.of("note", 5, CLOCK));
        assertThat(SqlIdentifiers.quote(a)).isEqualTo('"' + a + '"');
    }

    @Test
    void stringToDecimalIsACheckedCastAndNarrowingBack() {
        EntityDefinition v1 = customer();
        CheckedPlan plan = alter(v1, v1.withFieldReplaced(LIMIT.withType(FieldType.DECIMAL).withPrecision(12, 2)));

        MigrationStep step = plan.plan().steps().get(0);
        assertThat(step.kind()).isEqualTo(StepKind.ALTER_COLUMN_TYPE);
        assertThat(step.upSql()).isEqualTo("ALTER TABLE \"customer\" ALTER COLUMN \"credit_limit\" TYPE NUMERIC(12,2)"
                + " USING \"credit_limit\"::text::NUMERIC(12,2);");
        assertThat(step.downSql()).isEqualTo("ALTER TABLE \"customer\" ALTER COLUMN \"credit_limit\" TYPE VARCHAR(255)"
                + " USING trim_scale(\"credit_limit\")::text;");
        assertThat(step.destructive()).as("text to a number is narrowing").isTrue();
        assertThat(plan.checks()).singleElement().satisfies(check -> {
            assertThat(check.countSql()).isEqualTo("SELECT count(*) FROM \"customer\" WHERE \"credit_limit\" IS NOT"
                    + " NULL AND NOT pg_input_is_valid(\"credit_limit\"::text, 'NUMERIC(12,2)')");
            assertThat(check.message(3)).isEqualTo(
                    "credit_limit: 3 rows hold values that are not numbers that fit NUMERIC(12,2)");
            assertThat(check.message(1)).startsWith("credit_limit: 1 row holds values");
        });
    }

    @Test
    void wideningTypesAreNotDestructive() {
        assertThat(TypeChanges.narrowing("VARCHAR(20)", "VARCHAR(255)")).isFalse();
        assertThat(TypeChanges.narrowing("VARCHAR(255)", "TEXT")).isFalse();
        assertThat(TypeChanges.narrowing("INTEGER", "BIGINT")).isFalse();
        assertThat(TypeChanges.narrowing("INTEGER", "NUMERIC(12,2)")).isFalse();
        assertThat(TypeChanges.narrowing("NUMERIC(12,2)", "NUMERIC(14,2)")).isFalse();
        assertThat(TypeChanges.narrowing("DATE", "TIMESTAMPTZ")).isFalse();
        assertThat(TypeChanges.narrowing("VARCHAR(255)", "VARCHAR(20)")).isTrue();
        assertThat(TypeChanges.narrowing("BIGINT", "INTEGER")).isTrue();
        assertThat(TypeChanges.narrowing("NUMERIC(12,2)", "NUMERIC(12,1)")).isTrue();
        assertThat(TypeChanges.narrowing("TEXT", "INTEGER")).isTrue();
    }

    @Test
    void changedDefaultIsDroppedAroundATypeChange() {
        FieldDefinition qty = FieldDefinition.of("qty", FieldType.STRING).withDefaultValue("1");
        EntityDefinition v1 = customer().withFieldAdded(qty);
        MigrationPlan plan = alter(v1, v1.withFieldReplaced(qty.withType(FieldType.INTEGER).withLength(null, null)
                .withDefaultValue("2"))).plan();
        assertThat(plan.steps()).extracting(MigrationStep::kind).containsExactly(StepKind.DROP_DEFAULT,
                StepKind.ALTER_COLUMN_TYPE, StepKind.SET_DEFAULT);
        assertThat(plan.upSql()).endsWith("ALTER TABLE \"customer\" ALTER COLUMN \"qty\" SET DEFAULT 2;");
        assertThat(plan.downSql()).endsWith("ALTER TABLE \"customer\" ALTER COLUMN \"qty\" SET DEFAULT '1';");
    }

    @Test
    void requiredUniqueAndChecksAreAddedWithRowChecks() {
        EntityDefinition v1 = customer().withFieldAdded(FieldDefinition.of("score", FieldType.INTEGER));
        FieldDefinition score = v1.fieldNamed("score").orElseThrow();
        EntityDefinition v2 = v1.withFieldReplaced(LIMIT.withRequired(true).withUnique(true))
                .withFieldReplaced(score.withRange(BigDecimal.ZERO, BigDecimal.TEN));
        CheckedPlan plan = alter(v1, v2);

        assertThat(plan.plan().steps()).extracting(MigrationStep::kind, MigrationStep::object).containsExactly(
                tuple(StepKind.SET_NOT_NULL, "customer.credit_limit"),
                tuple(StepKind.ADD_CONSTRAINT, "customer.credit_limit"),
                tuple(StepKind.ADD_CONSTRAINT, "customer.score"));
        assertThat(plan.plan().upSql()).contains("ADD CONSTRAINT \"customer_score_range_check\" CHECK (\"score\" >= 0"
                + " AND \"score\" <= 10);");
        assertThat(plan.checks()).extracting(RowCheck::column).containsExactly("credit_limit", "credit_limit",
                "score");
        assertThat(plan.checks().get(0).countSql()).endsWith("WHERE \"credit_limit\" IS NULL");
        assertThat(plan.checks().get(1).countSql()).contains("GROUP BY \"credit_limit\" HAVING count(*) > 1");
        assertThat(plan.checks().get(2).countSql()).endsWith("WHERE NOT (\"score\" >= 0 AND \"score\" <= 10)");
    }

    @Test
    void allowedValuesChangeReplacesTheCheck() {
        FieldDefinition status = FieldDefinition.of("status", FieldType.SINGLE_SELECT)
                .withAllowedValues(List.of("new", "done"));
        EntityDefinition v1 = customer().withFieldAdded(status);
        MigrationPlan plan = alter(v1, v1.withFieldReplaced(status.withAllowedValues(List.of("new", "done", "lost"))))
                .plan();
        assertThat(plan.upSql()).isEqualTo("""
                ALTER TABLE "customer" DROP CONSTRAINT "customer_status_allowed_check";
                ALTER TABLE "customer" ADD CONSTRAINT "customer_status_allowed_check" CHECK ("status" IN ('new', 'done', 'lost'));""");
        assertThat(plan.downSql()).isEqualTo("""
                ALTER TABLE "customer" DROP CONSTRAINT "customer_status_allowed_check";
                ALTER TABLE "customer" ADD CONSTRAINT "customer_status_allowed_check" CHECK ("status" IN ('new', 'done'));""");
    }

    @Test
    void indexedFlagAndIndexDefinitionsAddAndDropIndexes() {
        EntityDefinition v1 = customer().withIndexes(List.of(IndexDefinition.of("customer_by_name", List.of("name"))));
        EntityDefinition v2 = v1.withFieldReplaced(LIMIT.withIndexed(true)).withIndexes(List.of(
                new IndexDefinition("i2", "customer_recent", List.of("name"), IndexMethod.HASH, false, null)));
        MigrationPlan plan = alter(v1, v2).plan();
        assertThat(plan.upSql()).isEqualTo("""
                DROP INDEX "customer_by_name";
                CREATE INDEX "customer_credit_limit_idx" ON "customer" USING btree ("credit_limit");
                CREATE INDEX "customer_recent" ON "customer" USING hash ("name");""");
        assertThat(plan.downSql()).isEqualTo("""
                DROP INDEX "customer_recent";
                DROP INDEX "customer_credit_limit_idx";
                CREATE INDEX "customer_by_name" ON "customer" USING btree ("name");""");
    }

    @Test
    void renamedTableRenamesItsKeysAndIndexesToo() {
        EntityDefinition v1 = customer().withFieldReplaced(LIMIT.withIndexed(true));
        MigrationPlan plan = alter(v1, v1.withTableName("client")).plan();
        assertThat(plan.upSql()).isEqualTo("""
                ALTER TABLE "customer" RENAME TO "client";
                ALTER TABLE "client" RENAME CONSTRAINT "customer_pkey" TO "client_pkey";
                ALTER TABLE "client" RENAME CONSTRAINT "customer_email_key" TO "client_email_key";
                ALTER INDEX "customer_credit_limit_idx" RENAME TO "client_credit_limit_idx";""");
        assertThat(plan.downSql()).startsWith("ALTER INDEX \"client_credit_limit_idx\" RENAME TO"
                + " \"customer_credit_limit_idx\";").endsWith("ALTER TABLE \"client\" RENAME TO \"customer\";");
    }

    @Test
    void oneToOneRelationshipAddsAColumnWithForeignAndUniqueKeys() {
        EntityDefinition v1 = customer();
        RelationshipDefinition account = new RelationshipDefinition("r1", "account", "Account",
                RelationshipKind.ONE_TO_ONE, "account", null, null, ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION, false);
        MigrationPlan plan = alter(v1, v1.withRelationships(List.of(account))).plan();
        assertThat(plan.upSql()).isEqualTo("""
                ALTER TABLE "customer" ADD COLUMN "account_id" UUID;
                ALTER TABLE "customer" ADD CONSTRAINT "customer_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE ON UPDATE NO ACTION;
                ALTER TABLE "customer" ADD CONSTRAINT "customer_account_id_key" UNIQUE ("account_id");""");

        EntityDefinition v2 = v1.withRelationships(List.of(account));
        MigrationPlan actions = alter(v2, v2.withRelationships(List.of(new RelationshipDefinition("r1", "account",
                "Account", RelationshipKind.ONE_TO_ONE, "account", null, null, ReferentialAction.SET_NULL,
                ReferentialAction.CASCADE, false)))).plan();
        assertThat(actions.steps()).extracting(MigrationStep::kind)
                .containsExactly(StepKind.DROP_FOREIGN_KEY, StepKind.ADD_FOREIGN_KEY);
        assertThat(actions.upSql()).contains("ON DELETE SET NULL ON UPDATE CASCADE");

        MigrationPlan removed = alter(v2, v1).plan();
        assertThat(removed.steps()).extracting(MigrationStep::kind).containsExactly(StepKind.DROP_FOREIGN_KEY,
                StepKind.DROP_CONSTRAINT, StepKind.ARCHIVE_COLUMN);
    }

    @Test
    void manyToManyAddsAJunctionTableAndArchivesItWhenRemoved() {
        EntityDefinition v1 = customer();
        RelationshipDefinition tags = RelationshipDefinition.of("tags", RelationshipKind.MANY_TO_MANY, "tag");
        EntityDefinition v2 = v1.withRelationships(List.of(tags));
        MigrationPlan added = alter(v1, v2).plan();
        assertThat(added.steps()).extracting(MigrationStep::kind).containsExactly(StepKind.CREATE_JUNCTION_TABLE);
        assertThat(added.downSql()).isEqualTo("DROP TABLE \"customer_tags\";");

        MigrationPlan removed = alter(v2, v1).plan();
        assertThat(removed.upSql()).isEqualTo("""
                ALTER TABLE "customer_tags" RENAME TO "_archived_customer_tags_20261122101530_v2";
                ALTER TABLE "_archived_customer_tags_20261122101530_v2" RENAME CONSTRAINT "customer_tags_pkey" TO "_archived_customer_tags_20261122101530_v2_pkey";""");
        assertThat(removed.destructive()).isTrue();
    }

    @Test
    void softDeleteOptionAddsAndArchivesDeletedAt() {
        EntityDefinition v1 = customer();
        EntityDefinition v2 = v1.withOptions(v1.options().withSoftDelete(true));
        assertThat(alter(v1, v2).plan().upSql())
                .isEqualTo("ALTER TABLE \"customer\" ADD COLUMN \"deleted_at\" TIMESTAMPTZ;");
        assertThat(alter(v2, v1).plan().steps()).extracting(MigrationStep::kind)
                .containsExactly(StepKind.ARCHIVE_COLUMN);
    }

    @Test
    void labelsAloneChangeNoSql() {
        EntityDefinition v1 = customer();
        MigrationPlan plan = alter(v1, v1.withLabel("Client").withFieldReplaced(NAME.withLabel("Full name"))).plan();
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void samePlanTwiceWithTheSameClockIsByteIdentical() {
        EntityDefinition v1 = customer();
        EntityDefinition v2 = v1.withFieldRemoved(EMAIL.id()).withTableName("client");
        assertThat(alter(v1, v2)).isEqualTo(alter(v1, v2));
    }

    @Test
    void renamingTheEntityOrMakingItVirtualIsRefused() {
        EntityDefinition v1 = customer();
        assertThatThrownBy(() -> alter(v1, v1.withName("client"))).isInstanceOf(UnsupportedChangeException.class);
        assertThatThrownBy(() -> alter(v1, v1.withEntityType(EntityType.VIRTUAL)))
                .isInstanceOf(UnsupportedChangeException.class);
    }

    @Test
    void rollbackStepsAreTheInversesInReverseOrder() {
        EntityDefinition v1 = customer();
        MigrationPlan plan = alter(v1, v1.withFieldReplaced(EMAIL.withName("mail"))
                .withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE))).plan();
        List<MigrationStep> rollback = RollbackSteps.of(plan.steps());

        assertThat(rollback).extracting(MigrationStep::kind).containsExactly(StepKind.DROP_COLUMN,
                StepKind.RENAME_CONSTRAINT, StepKind.RENAME_COLUMN);
        assertThat(rollback.get(0).destructive()).as("undoing an added column drops its values").isTrue();
        assertThat(new MigrationPlan("customer", MigrationType.ALTER, DefinitionVersion.of(2),
                DefinitionVersion.of(3), rollback).upSql()).isEqualTo(plan.downSql());
        assertThat(RollbackSteps.of(rollback)).as("rolling back a rollback redoes the migration")
                .extracting(MigrationStep::kind, MigrationStep::upSql, MigrationStep::downSql)
                .containsExactlyElementsOf(plan.steps().stream().map(s -> tuple(s.kind(), s.upSql(), s.downSql()))
                        .toList());
    }
}
