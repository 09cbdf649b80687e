package io.buildify.core.migration;

import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row checks of a field's constraints that PostgreSQL validates against converted values (a type change under
 * a new or kept UNIQUE or CHECK) or against another table (a new lookup), checked on the exact SQL and messages.
 */
class ConstraintCheckPlanTest {
    private static final EntityDefinition ACCOUNT = EntityDefinition.of("account").withTableName("accounts")
            .withFieldAdded(FieldDefinition.of("code", FieldType.STRING));
    private final MigrationPlanner planner = new MigrationPlanner(KnownEntities.of(List.of(ACCOUNT)),
            PlanOptions.defaults());

    private List<RowCheck> checks(EntityDefinition before, EntityDefinition after) {
        return planner.planChecked(before, after, DefinitionVersion.of(1)).checks();
    }

    private static EntityDefinition slots() {
        return EntityDefinition.of("slot").withFieldAdded(FieldDefinition.of("starts", FieldType.DATETIME)
                .withUnique(true));
    }

    @Test
    void aKeptUniqueUnderATypeChangeCountsTheDuplicatesOfTheConvertedValues() {
        EntityDefinition v1 = slots();
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("starts").orElseThrow().withType(FieldType.TIME));

        String time = "CASE WHEN pg_input_is_valid(\"starts\"::text, 'TIME') THEN \"starts\"::text::TIME END";
        assertThat(checks(v1, v2)).extracting(RowCheck::countSql).containsExactly(
                "SELECT count(*) FROM \"slot\" WHERE \"starts\" IS NOT NULL AND NOT pg_input_is_valid(\"starts\"::text,"
                        + " 'TIME')",
                "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM \"slot\" WHERE " + time + " IS NOT NULL"
                        + " GROUP BY " + time + " HAVING count(*) > 1) AS duplicates");
        assertThat(checks(v1, v2).get(1).message(2)).isEqualTo(
                "starts: 2 rows share their value with another row once converted to TIME, but the field is unique");
    }

    @Test
    void aKeptUniqueWithoutTypeChangeIsNotCountedAgain() {
        EntityDefinition v1 = slots();
        assertThat(checks(v1, v1.withFieldReplaced(v1.fieldNamed("starts").orElseThrow().withIndexed(true))))
                .isEmpty();
    }

    @Test
    void aNewRangeOverATypeChangeJudgesTheConvertedNumberAndNeverTheUnreadableText() {
        EntityDefinition v1 = EntityDefinition.of("player").withFieldAdded(FieldDefinition.of("score",
                FieldType.STRING));
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("score").orElseThrow().withType(FieldType.INTEGER)
                .withLength(null, null).withRange(BigDecimal.ZERO, BigDecimal.TEN));

        List<RowCheck> checks = checks(v1, v2);
        String number = "CASE WHEN pg_input_is_valid(\"score\"::text, 'INTEGER') THEN \"score\"::text::INTEGER END";
        assertThat(checks).hasSize(2);
        assertThat(checks.get(0).message(1)).isEqualTo("score: 1 row holds values that are not whole numbers that fit"
                + " INTEGER");
        assertThat(checks.get(1).countSql()).isEqualTo("SELECT count(*) FROM \"player\" WHERE NOT (" + number
                + " >= 0 AND " + number + " <= 10)");
        assertThat(checks.get(1).message(3)).isEqualTo(
                "score: 3 rows hold values outside the allowed range once converted to INTEGER");
    }

    @Test
    void aNumberTurnedIntoShortTextJudgesTheLengthOfItsTextForm() {
        EntityDefinition v1 = EntityDefinition.of("item").withFieldAdded(FieldDefinition.of("code",
                FieldType.DECIMAL).withPrecision(10, 2));
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("code").orElseThrow().withType(FieldType.STRING)
                .withPrecision(null, null).withLength(3, 20));

        assertThat(checks(v1, v2)).extracting(RowCheck::countSql).contains("SELECT count(*) FROM \"item\" WHERE"
                + " NOT (char_length(CASE WHEN pg_input_is_valid(trim_scale(\"code\")::text, 'VARCHAR(20)') THEN"
                + " trim_scale(\"code\")::text END) >= 3)");
    }

    @Test
    void aUuidTurnedIntoALookupCountsTheIdsMissingFromTheTargetTable() {
        EntityDefinition v1 = EntityDefinition.of("orders").withFieldAdded(FieldDefinition.of("account",
                FieldType.UUID));
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("account").orElseThrow().withType(FieldType.LOOKUP)
                .withLookupEntity("account"));

        assertThat(checks(v1, v2)).singleElement().satisfies(check -> {
            assertThat(check.countSql()).isEqualTo("SELECT count(*) FROM \"orders\" WHERE \"orders\".\"account\" IS NOT"
                    + " NULL AND NOT EXISTS (SELECT 1 FROM \"accounts\" AS \"Target\" WHERE \"Target\".\"id\" ="
                    + " \"orders\".\"account\")");
            assertThat(check.message(2)).isEqualTo("account: 2 rows point to account records that do not exist");
            assertThat(check.message(1)).isEqualTo("account: 1 row points to account records that do not exist");
        });
    }

    @Test
    void aSelfLookupOfARenamedTableCountsAgainstTheOldTableName() {
        EntityDefinition v1 = EntityDefinition.of("node").withFieldAdded(FieldDefinition.of("parent",
                FieldType.UUID));
        EntityDefinition v2 = v1.withTableName("tree").withFieldReplaced(v1.fieldNamed("parent").orElseThrow()
                .withType(FieldType.LOOKUP).withLookupEntity("node"));

        assertThat(checks(v1, v2)).singleElement().extracting(RowCheck::countSql).isEqualTo("SELECT count(*) FROM"
                + " \"node\" WHERE \"node\".\"parent\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"node\" AS"
                + " \"Target\" WHERE \"Target\".\"id\" = \"node\".\"parent\")");
    }

    @Test
    void textTurnedIntoALookupChecksOnlyTheValuesThatAreUuids() {
        EntityDefinition v1 = EntityDefinition.of("orders").withFieldAdded(FieldDefinition.of("account",
                FieldType.STRING));
        EntityDefinition v2 = v1.withFieldReplaced(v1.fieldNamed("account").orElseThrow().withType(FieldType.LOOKUP)
                .withLength(null, null).withLookupEntity("account"));

        String uuid = "CASE WHEN pg_input_is_valid(\"orders\".\"account\"::text, 'UUID') THEN"
                + " \"orders\".\"account\"::text::UUID END";
        assertThat(checks(v1, v2)).extracting(RowCheck::countSql).contains("SELECT count(*) FROM \"orders\" WHERE "
                + uuid + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"accounts\" AS \"Target\" WHERE"
                + " \"Target\".\"id\" = " + uuid + ")");
    }

    @Test
    void aLookupToAnEntityWithoutATableHasNothingToCountAgainst() {
        EntityDefinition v1 = EntityDefinition.of("orders").withFieldAdded(FieldDefinition.of("ref", FieldType.UUID));
        FieldDefinition ref = v1.fieldNamed("ref").orElseThrow().withType(FieldType.LOOKUP);
        MigrationPlanner withVirtual = new MigrationPlanner(KnownEntities.of(List.of(EntityDefinition.of("report")
                .withEntityType(EntityType.VIRTUAL))), PlanOptions.defaults());

        assertThat(checks(v1, v1.withFieldReplaced(ref.withLookupEntity("unknown")))).isEmpty();
        assertThat(withVirtual.planChecked(v1, v1.withFieldReplaced(ref.withLookupEntity("report")),
                DefinitionVersion.of(1)).checks()).isEmpty();
    }

    @Test
    void aUniqueIndexOverARetypedColumnCountsTheConvertedDuplicatesWhetherKeptOrNew() {
        EntityDefinition v1 = EntityDefinition.of("visit").withFieldAdded(FieldDefinition.of("room", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("at", FieldType.DATETIME));
        IndexDefinition index = IndexDefinition.of("visit_room_at", List.of("room", "at")).withUnique(true);
        EntityDefinition retyped = v1.withFieldReplaced(v1.fieldNamed("at").orElseThrow().withType(FieldType.TIME));

        String time = "(CASE WHEN pg_input_is_valid(\"at\"::text, 'TIME') THEN \"at\"::text::TIME END)::TIME";
        RowCheck expected = new RowCheck("visit.visit_room_at", "visit_room_at", "SELECT coalesce(sum(n), 0) FROM"
                + " (SELECT count(*) AS n FROM \"visit\" WHERE \"room\" IS NOT NULL AND " + time + " IS NOT NULL"
                + " GROUP BY \"room\", " + time + " HAVING count(*) > 1) AS duplicates", "share their values of"
                + " (room, at) with another row once converted (at to TIME), but the index is unique");
        assertThat(checks(v1.withIndexAdded(index), retyped.withIndexAdded(index))).contains(expected);
        assertThat(checks(v1, retyped.withIndexAdded(index))).contains(expected);
        assertThat(checks(v1.withIndexAdded(index), v1.withIndexAdded(index).withFieldReplaced(
                v1.fieldNamed("room").orElseThrow().withIndexed(true)))).isEmpty();
    }
}
