package io.buildify.server.property;

import io.buildify.core.migration.ConstraintNames;
import io.buildify.core.migration.PostgresTypes;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;
import io.buildify.core.validation.RelationshipNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the catalog must hold for a main entity and the helper entity it relates to, derived from the definitions
 * and SPEC §1 alone (types, nullability, defaults, keys, checks, foreign keys with their actions, indexes with
 * method, uniqueness, columns and predicate), in the same row format as {@link CatalogRows}.
 */
final class ExpectedCatalog {
    private final Set<String> columns = new TreeSet<>();
    private final Set<String> constraints = new TreeSet<>();
    private final Set<String> indexes = new TreeSet<>();

    static CatalogRows of(EntityDefinition main, EntityDefinition helper) {
        ExpectedCatalog expected = new ExpectedCatalog();
        expected.entity(helper, helper);
        expected.entity(main, helper);
        return new CatalogRows(List.copyOf(expected.columns), List.copyOf(expected.constraints),
                List.copyOf(expected.indexes));
    }

    private void entity(EntityDefinition entity, EntityDefinition helper) {
        String table = entity.tableName();
        for (SystemField system : SystemFields.of(entity)) {
            boolean defaulted = system.equals(SystemFields.ID) || system.equals(SystemFields.CREATED_AT)
                    || system.equals(SystemFields.UPDATED_AT);
            column(table, system.name(), system.sqlType(), !system.nullable(), defaulted);
        }
        primaryKey(table, "id");
        for (FieldDefinition field : entity.fields()) {
            field(table, field, helper);
        }
        for (RelationshipDefinition r : entity.relationships()) {
            String targetTable = r.targetEntity().equals(entity.name()) ? table : helper.tableName();
            switch (r.kind()) {
                case ONE_TO_ONE -> {
                    String column = RelationshipNames.oneToOneColumn(r);
                    column(table, column, "UUID", r.required(), false);
                    foreignKey(table, ConstraintNames.of(table, column, "fkey"), column, targetTable, r);
                    unique(table, ConstraintNames.of(table, column, "key"), column);
                }
                case ONE_TO_MANY -> {
                    String column = RelationshipNames.oneToManyColumn(entity, r);
                    String target = targetTable;
                    column(target, column, "UUID", r.required(), false);
                    foreignKey(target, ConstraintNames.of(table, r.name(), "fkey"), column, table, r);
                    index(ConstraintNames.of(table, r.name(), "idx"), target, false, "btree", column, null);
                }
                case MANY_TO_MANY -> {
                    String junction = RelationshipNames.junctionTable(entity, r);
                    String source = RelationshipNames.junctionSourceColumn(entity);
                    String other = RelationshipNames.junctionTargetColumn(entity, r);
                    column(junction, source, "UUID", true, false);
                    column(junction, other, "UUID", true, false);
                    primaryKey(junction, source + ", " + other);
                    foreignKey(junction, ConstraintNames.of(junction, source, "fkey"), source, table, r);
                    foreignKey(junction, ConstraintNames.of(junction, other, "fkey"), other, targetTable, r);
                }
            }
        }
        for (IndexDefinition index : entity.indexes()) {
            index(index.name(), table, index.unique(), index.method().code(), String.join(", ", index.columns()),
                    index.where());
        }
    }

    private void field(String table, FieldDefinition field, EntityDefinition helper) {
        String name = field.name();
        column(table, name, PostgresTypes.columnType(field), field.required(), field.defaultValue() != null);
        if (field.unique()) {
            unique(table, ConstraintNames.of(table, name, "key"), name);
        } else if (field.indexed()) {
            boolean gin = field.type() == FieldType.JSON || field.type() == FieldType.MULTIPLE_SELECT;
            index(ConstraintNames.of(table, name, "idx"), table, false, gin ? "gin" : "btree", name, null);
        }
        boolean lengthCheck = field.type() == FieldType.STRING && field.minLength() != null && field.minLength() > 0;
        boolean rangeCheck = field.type().isNumeric() && (field.minValue() != null || field.maxValue() != null);
        boolean allowedCheck = field.type() == FieldType.SINGLE_SELECT || field.type() == FieldType.MULTIPLE_SELECT;
        if (lengthCheck) {
            constraints.add(table + " " + ConstraintNames.of(table, name, "length_check") + " c");
        }
        if (rangeCheck) {
            constraints.add(table + " " + ConstraintNames.of(table, name, "range_check") + " c");
        }
        if (allowedCheck) {
            constraints.add(table + " " + ConstraintNames.of(table, name, "allowed_check") + " c");
        }
        if (field.type() == FieldType.LOOKUP) {
            constraints.add(table + " " + ConstraintNames.of(table, name, "fkey") + " f FOREIGN KEY (" + name
                    + ") REFERENCES " + helper.tableName() + "(id)");
        }
    }

    private void column(String table, String name, String sqlType, boolean notNull, boolean defaulted) {
        columns.add(table + "." + name + " " + formatType(sqlType) + (notNull ? " not null" : "")
                + (defaulted ? " default" : ""));
    }

    private void primaryKey(String table, String columnList) {
        String name = ConstraintNames.of(table, "pkey");
        constraints.add(table + " " + name + " p PRIMARY KEY (" + columnList + ")");
        index(name, table, true, "btree", columnList, null);
    }

    private void unique(String table, String name, String column) {
        constraints.add(table + " " + name + " u UNIQUE (" + column + ")");
        index(name, table, true, "btree", column, null);
    }

    private void foreignKey(String table, String name, String column, String target, RelationshipDefinition r) {
        constraints.add(table + " " + name + " f FOREIGN KEY (" + column + ") REFERENCES " + target + "(id)"
                + action("UPDATE", r.onUpdate()) + action("DELETE", r.onDelete()));
    }

    private static String action(String event, ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION ? "" : " ON " + event + " " + action.sql();
    }

    private void index(String name, String table, boolean unique, String method, String columnList, String where) {
        indexes.add("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON public." + table + " USING "
                + method + " (" + columnList + ")" + (where == null || where.isBlank() ? "" : " WHERE ("
                + deparsed(where) + ")"));
    }

    /**
     * A WHERE of {@link RandomEdits} as {@code pg_get_indexdef} prints it: simple names unquoted, each side of an
     * AND in parentheses.
     */
    static String deparsed(String where) {
        String plain = where.replaceAll("\"([a-z_][a-z0-9_]*)\"", "$1");
        String[] sides = plain.split(" AND ");
        return sides.length == 1 ? plain : "(" + String.join(") AND (", sides) + ")";
    }

    /** The planner's type as {@code format_type} prints it. */
    static String formatType(String sqlType) {
        String type = sqlType.toUpperCase(Locale.ROOT);
        if (type.startsWith("VARCHAR")) {
            return "character varying" + type.substring("VARCHAR".length());
        }
        if (type.startsWith("NUMERIC")) {
            return "numeric" + type.substring("NUMERIC".length());
        }
        return switch (type) {
            case "TIMESTAMPTZ" -> "timestamp with time zone";
            case "TIME" -> "time without time zone";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }
}
