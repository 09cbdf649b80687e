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

/**
 * The row check of a new unique index whose columns or WHERE name columns the same migration renames, adds or
 * converts: asked of the table before the migration, each column read as it will be after it.
 */
class PartialUniqueIndexCheckTest {
    private final MigrationPlanner planner = new MigrationPlanner();
    private static final FieldDefinition CODE = FieldDefinition.of("code", FieldType.STRING);
    private static final FieldDefinition ACTIVE = FieldDefinition.of("active", FieldType.BOOLEAN);
    private static final FieldDefinition QTY = FieldDefinition.of("qty", FieldType.STRING);
    private static final String PREFIX = "SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM \"item\" WHERE ";

    private static EntityDefinition item() {
        return EntityDefinition.of("item").withFields(List.of(CODE, ACTIVE, QTY));
    }

    private static IndexDefinition uniqueCode(String where) {
        return IndexDefinition.of("item_code_live", List.of("code")).withUnique(true).withWhere(where);
    }

    private List<RowCheck> checks(EntityDefinition before, EntityDefinition after) {
        return planner.planChecked(before, after, DefinitionVersion.of(1)).checks();
    }

    @Test
    void whereNamingARenamedColumnAsksByItsOldName() {
        EntityDefinition v1 = item();
        EntityDefinition v2 = v1.withFieldReplaced(ACTIVE.withName("live")).withIndexAdded(uniqueCode("live"));
        assertThat(checks(v1, v2)).singleElement().satisfies(check -> {
            assertThat(check.object()).isEqualTo("item.item_code_live");
            assertThat(check.countSql()).isEqualTo(PREFIX + "\"code\" IS NOT NULL AND (\"active\") GROUP BY \"code\""
                    + " HAVING count(*) > 1) AS duplicates");
            assertThat(check.message(2)).isEqualTo("item_code_live: 2 rows share their values of (code) with another"
                    + " row where (live), but the index is unique");
        });
    }

    @Test
    void whereNamingAnAddedColumnReadsItsDefaultOrNull() {
        EntityDefinition v1 = item();
        FieldDefinition status = FieldDefinition.of("status", FieldType.STRING).withDefaultValue("open");
        assertThat(checks(v1, v1.withFieldAdded(status).withIndexAdded(uniqueCode("status = 'open'"))))
                .singleElement().extracting(RowCheck::countSql).isEqualTo(PREFIX + "\"code\" IS NOT NULL AND"
                        + " (('open')::VARCHAR(255) = 'open') GROUP BY \"code\" HAVING count(*) > 1) AS duplicates");
        assertThat(checks(v1, v1.withFieldAdded(status.withDefaultValue(null))
                .withIndexAdded(uniqueCode("status IS NULL AND active")))).singleElement()
                .extracting(RowCheck::countSql).isEqualTo(PREFIX + "\"code\" IS NOT NULL AND ((NULL)::VARCHAR(255)"
                        + " IS NULL AND \"active\") GROUP BY \"code\" HAVING count(*) > 1) AS duplicates");
    }

    @Test
    void deletedAtOfASoftDeleteTurnedOnInTheSamePublishIsNullOnEveryRow() {
        EntityDefinition v1 = item();
        EntityDefinition soft = v1.withOptions(v1.options().withSoftDelete(true));
        assertThat(checks(v1, soft.withIndexAdded(uniqueCode("deleted_at IS NULL")))).singleElement()
                .extracting(RowCheck::countSql).asString().contains("AND ((NULL)::TIMESTAMPTZ IS NULL) GROUP BY");
        assertThat(checks(soft, soft.withIndexAdded(uniqueCode("deleted_at IS NULL")))).singleElement()
                .extracting(RowCheck::countSql).asString().contains("AND (\"deleted_at\" IS NULL) GROUP BY");
    }

    @Test
    void aConvertedColumnIsReadThroughItsGuardedConversion() {
        EntityDefinition v1 = item();
        FieldDefinition qty = QTY.withType(FieldType.INTEGER);
        EntityDefinition v2 = v1.withFieldReplaced(qty).withIndexAdded(IndexDefinition.of("item_qty", List.of("qty"))
                .withUnique(true).withWhere("qty > 0"));
        String converted = "(CASE WHEN pg_input_is_valid(\"qty\"::text, 'INTEGER') THEN \"qty\"::text::INTEGER"
                + " END)::INTEGER";
        assertThat(checks(v1, v2)).filteredOn(c -> c.column().equals("item_qty")).singleElement()
                .extracting(RowCheck::countSql).isEqualTo(PREFIX + converted + " IS NOT NULL AND (" + converted
                        + " > 0) GROUP BY " + converted + " HAVING count(*) > 1) AS duplicates");
    }

    @Test
    void wholeTableIndexOverAnAddedColumnWithADefaultCountsAllRows() {
        EntityDefinition v1 = item();
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("batch", FieldType.INTEGER).withDefaultValue("7"))
                .withIndexAdded(IndexDefinition.of("item_batch", List.of("code", "batch")).withUnique(true));
        assertThat(checks(v1, v2)).singleElement().extracting(RowCheck::countSql).isEqualTo(PREFIX
                + "\"code\" IS NOT NULL AND (7)::INTEGER IS NOT NULL GROUP BY \"code\", (7)::INTEGER"
                + " HAVING count(*) > 1) AS duplicates");
    }

    @Test
    void whereThisReadingDoesNotFollowHasNoCheck() {
        EntityDefinition v1 = item();
        for (String where : List.of("item.active", "code <> E'\\n'", "qty::double precision > 0",
                "code COLLATE \"C\" > 'a'")) {
            assertThat(checks(v1, v1.withIndexAdded(uniqueCode(where)))).as(where).isEmpty();
        }
        // names the table lacks are refused by the validator before planning; the reading gives up on them too
        Map<String, String> values = Map.of("code", "\"code\"", "active", "\"active\"");
        assertThat(WhereColumns.substitute("nowhere IS NOT NULL", values)).isEmpty();
        assertThat(WhereColumns.substitute("\"Active\"", values)).isEmpty();
        assertThat(checks(v1, v1.withIndexAdded(uniqueCode("lower(code) LIKE 'a%' AND CAST(qty AS integer) > 1"
                + " AND code::text IS NOT NULL")))).singleElement().extracting(RowCheck::countSql).asString()
                .contains("(lower(\"code\") LIKE 'a%' AND CAST(\"qty\" AS integer) > 1 AND \"code\"::text IS NOT NULL)");
    }

    @Test
    void substituteLeavesLiteralsFunctionsTypesAndKeywordsAlone() {
        Map<String, String> values = Map.of("a", "\"x\"", "b", "(NULL)::INTEGER");
        assertThat(WhereColumns.substitute("a = 'a' AND \"b\" IS NOT DISTINCT FROM 1e5 AND b::text <> date '2024-01-01'"
                + " AND a IN ('b') AND abs(b) BETWEEN 1 AND 2", values)).contains("\"x\" = 'a' AND (NULL)::INTEGER"
                + " IS NOT DISTINCT FROM 1e5 AND (NULL)::INTEGER::text <> date '2024-01-01' AND \"x\" IN ('b') AND"
                + " abs((NULL)::INTEGER) BETWEEN 1 AND 2");
        assertThat(WhereColumns.substitute("a = c", values)).isEmpty();
        assertThat(WhereColumns.substitute("\"a\".b", values)).isEmpty();
        assertThat(WhereColumns.substitute("a AND end", Map.of("a", "\"x\"", "end", "\"y\""))).isEmpty();
    }
}
