package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Renames that depend on each other (swaps, chains) and partial-index predicates that follow renamed columns. */
class RenameAndWherePlanTest {
    private final MigrationPlanner planner = new MigrationPlanner();
    private static final FieldDefinition A = FieldDefinition.of("a", FieldType.STRING).withUnique(true);
    private static final FieldDefinition B = FieldDefinition.of("b", FieldType.INTEGER);
    private static final FieldDefinition C = FieldDefinition.of("c", FieldType.TEXT);

    private MigrationPlan alter(EntityDefinition before, EntityDefinition after) {
        return planner.plan(before, after, DefinitionVersion.of(1));
    }

    @Test
    void swappingTwoColumnNamesGoesThroughATemporaryName() {
        EntityDefinition v1 = EntityDefinition.of("swap").withFields(List.of(A, B));
        MigrationPlan plan = alter(v1, v1.withFields(List.of(A.withName("b"), B.withName("a"))));

        assertThat(plan.upSql()).isEqualTo("""
                ALTER TABLE "swap" RENAME COLUMN "a" TO "_renaming_a";
                ALTER TABLE "swap" RENAME COLUMN "b" TO "a";
                ALTER TABLE "swap" RENAME COLUMN "_renaming_a" TO "b";
                ALTER TABLE "swap" RENAME CONSTRAINT "swap_a_key" TO "swap_b_key";""");
        assertThat(plan.downSql()).isEqualTo("""
                ALTER TABLE "swap" RENAME CONSTRAINT "swap_b_key" TO "swap_a_key";
                ALTER TABLE "swap" RENAME COLUMN "b" TO "_renaming_a";
                ALTER TABLE "swap" RENAME COLUMN "a" TO "b";
                ALTER TABLE "swap" RENAME COLUMN "_renaming_a" TO "a";""");
    }

    @Test
    void theImpactOfASwapNamesTheRealColumnsAndNothingDestructive() {
        EntityDefinition v1 = EntityDefinition.of("swap").withFields(List.of(A, B));
        MigrationPlan plan = alter(v1, v1.withFields(List.of(A.withName("b"), B.withName("a"))));

        assertThat(plan.steps()).extracting(MigrationStep::kind, MigrationStep::object, MigrationStep::destructive)
                .containsExactly(tuple(StepKind.RENAME_COLUMN, "swap.a", false),
                        tuple(StepKind.RENAME_COLUMN, "swap.a", false),
                        tuple(StepKind.RENAME_COLUMN, "swap.b", false),
                        tuple(StepKind.RENAME_CONSTRAINT, "swap.b", false));
        assertThat(RollbackSteps.of(plan.steps())).extracting(MigrationStep::kind, MigrationStep::destructive)
                .containsOnly(tuple(StepKind.RENAME_COLUMN, false), tuple(StepKind.RENAME_CONSTRAINT, false));
    }

    @Test
    void swappingTheNamesOfTwoUniqueColumnsSwapsTheirKeysToo() {
        FieldDefinition b = B.withUnique(true);
        EntityDefinition v1 = EntityDefinition.of("swap").withFields(List.of(A, b));
        MigrationPlan plan = alter(v1, v1.withFields(List.of(A.withName("b"), b.withName("a"))));

        assertThat(plan.upSql()).endsWith("""
                ALTER TABLE "swap" RENAME CONSTRAINT "swap_a_key" TO "_renaming_swap_a_key";
                ALTER TABLE "swap" RENAME CONSTRAINT "swap_b_key" TO "swap_a_key";
                ALTER TABLE "swap" RENAME CONSTRAINT "_renaming_swap_a_key" TO "swap_b_key";""");
    }

    @Test
    void chainedRenamesRunFromTheEndOfTheChain() {
        EntityDefinition v1 = EntityDefinition.of("chain").withFields(List.of(B, C));
        MigrationPlan plan = alter(v1, v1.withFields(List.of(B.withName("c"), C.withName("d"))));

        assertThat(plan.upSql()).isEqualTo("""
                ALTER TABLE "chain" RENAME COLUMN "c" TO "d";
                ALTER TABLE "chain" RENAME COLUMN "b" TO "c";""");
    }

    @Test
    void aPartialIndexWhosePredicateFollowsARenamedColumnIsOnlyRenamedWithIt() {
        FieldDefinition status = FieldDefinition.of("status", FieldType.STRING);
        IndexDefinition open = new IndexDefinition("i1", "t_open", List.of("b"), null, false,
                "status = 'status' AND status_code IS NULL");
        EntityDefinition v1 = EntityDefinition.of("t").withFields(List.of(B, status,
                FieldDefinition.of("status_code", FieldType.STRING))).withIndexes(List.of(open));
        EntityDefinition v2 = v1.withFieldReplaced(status.withName("state"))
                .withIndexes(List.of(open.withWhere("state = 'status' AND status_code IS NULL")));

        assertThat(alter(v1, v2).upSql()).isEqualTo("ALTER TABLE \"t\" RENAME COLUMN \"status\" TO \"state\";");
    }

    @Test
    void aPredicateThatReallyChangesIsDroppedAndCreatedAgain() {
        IndexDefinition positive = new IndexDefinition("i1", "t_positive", List.of("b"), null, false, "b > 0");
        EntityDefinition v1 = EntityDefinition.of("t").withFields(List.of(B)).withIndexes(List.of(positive));
        MigrationPlan plan = alter(v1, v1.withIndexes(List.of(positive.withWhere("b > 1"))));

        assertThat(plan.upSql()).isEqualTo("DROP INDEX \"t_positive\";\n"
                + "CREATE INDEX \"t_positive\" ON \"t\" USING btree (\"b\") WHERE (b > 1);");
    }

    @Test
    void whereTextRenamingTouchesWholeIdentifiersOnly() {
        Map<String, String> renames = Map.of("status", "state", "text", "body", "a", "b", "b", "a");
        assertThat(WhereColumns.rename("status = 'status' AND \"status\" <> status_code AND x.status = 1"
                + " AND text::text <> '' AND lower(text) = 'x' AND STATUS IS NULL", renames))
                .isEqualTo("state = 'status' AND \"state\" <> status_code AND x.status = 1"
                        + " AND body::text <> '' AND lower(body) = 'x' AND state IS NULL");
        assertThat(WhereColumns.rename("a < b AND 'it''s a' <> a", renames)).isEqualTo("b < a AND 'it''s a' <> b");
        assertThat(WhereColumns.rename("date '2024-01-01' < a AND 1e5 > b", Map.of("date", "day", "e5", "x")))
                .isEqualTo("date '2024-01-01' < a AND 1e5 > b");
    }
}
