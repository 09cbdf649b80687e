package io.buildify.server.property;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.model.EntityDefinition;

import java.util.Set;

/**
 * Known gaps in the row pre-checks (reported with this test, to be fixed in the planner), where PostgreSQL refuses
 * a step instead: still atomic ("nothing was changed"), but a {@code migration_failed} without the column's count.
 * <ol>
 *   <li>A new partial unique index (an {@code IndexDefinition} with a WHERE) over duplicated rows: not counted, as
 *   its WHERE may name columns the same migration adds (whole-table unique indexes are counted).</li>
 * </ol>
 * Exactly those cases are recognised here; delete this class once the planner checks those rows too. (A type change
 * whose converted rows break a CHECK or UNIQUE, and a UUID field turned into a lookup over ids the target lacks,
 * are counted now: {@code ConstraintCheck}.)
 */
final class PreCheckGap {
    private static final Set<String> CONSTRAINT_VIOLATIONS = Set.of("23514", "23505", "23503");

    private PreCheckGap() {
    }

    static boolean explains(JsonNode body, EntityDefinition before, EntityDefinition next) {
        JsonNode details = body.get("details");
        if (!body.get("error").asText().equals("migration_failed") || details == null
                || !CONSTRAINT_VIOLATIONS.contains(details.path("sql_state").asText())) {
            return false;
        }
        String object = details.path("object").asText();
        if (!details.path("kind").asText().equals("create_index")) {
            return false;
        }
        String index = object.substring(object.lastIndexOf('.') + 1);
        return next.indexes().stream().anyMatch(i -> i.name().equals(index) && i.unique() && i.where() != null)
                && before.indexes().stream().noneMatch(i -> i.name().equals(index) && i.unique());
    }
}
