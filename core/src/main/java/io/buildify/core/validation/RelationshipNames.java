package io.buildify.core.validation;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.RelationshipDefinition;

/**
 * The column and table names a relationship produces when the designer leaves them blank. Shared by the validator
 * (which checks them) and the migration planner (which creates them).
 */
public final class RelationshipNames {
    private RelationshipNames() {
    }

    /** ONE_TO_ONE: the unique foreign key column on the source table, by default {@code <relationship>_id}. */
    public static String oneToOneColumn(RelationshipDefinition relationship) {
        return orDefault(relationship.foreignKeyColumn(), relationship.name() + "_id");
    }

    /** ONE_TO_MANY: the foreign key column on the target ("many") table, by default {@code <source>_id}. */
    public static String oneToManyColumn(EntityDefinition source, RelationshipDefinition relationship) {
        return orDefault(relationship.foreignKeyColumn(), source.name() + "_id");
    }

    /** MANY_TO_MANY: the junction table, by default {@code <source table>_<relationship>}. */
    public static String junctionTable(EntityDefinition source, RelationshipDefinition relationship) {
        return orDefault(relationship.junctionTable(), source.tableName() + "_" + relationship.name());
    }

    /** MANY_TO_MANY: the junction column pointing at the source row. */
    public static String junctionSourceColumn(EntityDefinition source) {
        return source.name() + "_id";
    }

    /** MANY_TO_MANY: the junction column pointing at the target row; prefixed when the entity relates to itself. */
    public static String junctionTargetColumn(EntityDefinition source, RelationshipDefinition relationship) {
        String column = relationship.targetEntity() + "_id";
        return column.equals(junctionSourceColumn(source)) ? "related_" + column : column;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
