package io.buildify.server.property;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.migration.PostgresTypes;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;

import java.util.Optional;
import java.util.Set;

/**
 * A known gap in the row pre-checks (reported with this test, to be fixed in the planner): when one publish both
 * changes a field's column type and gives it a CHECK or UNIQUE constraint its rows break, the planner skips the
 * constraint's row check ({@code AlterPlanBuilder} only checks constraints of columns whose type stays), so
 * PostgreSQL refuses the ADD CONSTRAINT step instead: still atomic ("nothing was changed"), but a
 * {@code migration_failed} without the column's count. Exactly that case is recognised here; delete this class once
 * the planner checks those rows too.
 */
final class PreCheckGap {
    private static final Set<String> CONSTRAINT_VIOLATIONS = Set.of("23514", "23505");

    private PreCheckGap() {
    }

    static boolean explains(JsonNode body, EntityDefinition before, EntityDefinition next) {
        JsonNode details = body.get("details");
        if (!body.get("error").asText().equals("migration_failed") || details == null
                || !details.path("kind").asText().equals("add_constraint")
                || !CONSTRAINT_VIOLATIONS.contains(details.path("sql_state").asText())) {
            return false;
        }
        String object = details.path("object").asText();
        String column = object.substring(object.lastIndexOf('.') + 1);
        Optional<FieldDefinition> now = next.fieldNamed(column);
        Optional<FieldDefinition> was = now.flatMap(f -> before.field(f.id()));
        return was.isPresent() && !PostgresTypes.columnType(was.get()).equals(PostgresTypes.columnType(now.get()));
    }
}
