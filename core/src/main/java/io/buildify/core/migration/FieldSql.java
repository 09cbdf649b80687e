package io.buildify.core.migration;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.validation.FieldLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The column definition and table constraints of one custom field inside CREATE TABLE. */
final class FieldSql {
    private FieldSql() {
    }

    /** {@code "name" TYPE [NOT NULL] [DEFAULT …]}. */
    static String column(FieldDefinition field) {
        StringBuilder sql = new StringBuilder(SqlIdentifiers.quote(field.name()))
                .append(' ').append(PostgresTypes.columnType(field));
        if (field.required()) {
            sql.append(" NOT NULL");
        }
        if (field.defaultValue() != null) {
            sql.append(" DEFAULT ").append(DefaultLiterals.of(field));
        }
        return sql.toString();
    }

    /** Named table constraints: UNIQUE, CHECKs on length, range and allowed values, and a lookup's FOREIGN KEY. */
    static List<NamedSql> constraints(String table, FieldDefinition field, Function<String, String> tableOfEntity) {
        String column = SqlIdentifiers.quote(field.name());
        List<NamedSql> constraints = new ArrayList<>();
        if (field.unique()) {
            constraints.add(named(ConstraintNames.of(table, field.name(), "key"), "UNIQUE (" + column + ")"));
        }
        lengthCheck(field, column).ifPresent(check ->
                constraints.add(named(ConstraintNames.of(table, field.name(), "length_check"), check)));
        rangeCheck(field, column).ifPresent(check ->
                constraints.add(named(ConstraintNames.of(table, field.name(), "range_check"), check)));
        if (field.type() == FieldType.SINGLE_SELECT) {
            constraints.add(named(ConstraintNames.of(table, field.name(), "allowed_check"),
                    "CHECK (" + column + " IN " + SqlLiterals.stringList(field.allowedValues()) + ")"));
        } else if (field.type() == FieldType.MULTIPLE_SELECT) {
            constraints.add(named(ConstraintNames.of(table, field.name(), "allowed_check"),
                    "CHECK (" + column + " <@ " + SqlLiterals.textArray(field.allowedValues()) + ")"));
        } else if (field.type() == FieldType.LOOKUP) {
            String target = SqlIdentifiers.quote(tableOfEntity.apply(field.lookupEntity()));
            constraints.add(named(ConstraintNames.of(table, field.name(), "fkey"),
                    "FOREIGN KEY (" + column + ") REFERENCES " + target + " (\"id\")"));
        }
        return constraints;
    }

    /*
     * A string's VARCHAR(n) already enforces its max_length, so only its min_length needs a CHECK; other text
     * types get a CHECK for whichever bound is set (a max_length below the fixed type length included).
     */
    private static Optional<String> lengthCheck(FieldDefinition field, String column) {
        if (!field.type().isText()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        if (field.minLength() != null && field.minLength() > 0) {
            terms.add("char_length(" + column + ") >= " + field.minLength());
        }
        Integer typeLength = FieldLimits.typeLength(field.type(), field.maxLength());
        if (field.maxLength() != null && (typeLength == null || field.maxLength() < typeLength)) {
            terms.add("char_length(" + column + ") <= " + field.maxLength());
        }
        return terms.isEmpty() ? Optional.empty()
                : Optional.of("CHECK (" + String.join(" AND ", terms) + ")");
    }

    private static Optional<String> rangeCheck(FieldDefinition field, String column) {
        if (!field.type().isNumeric()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        if (field.minValue() != null) {
            terms.add(column + " >= " + SqlLiterals.number(field.minValue()));
        }
        if (field.maxValue() != null) {
            terms.add(column + " <= " + SqlLiterals.number(field.maxValue()));
        }
        return terms.isEmpty() ? Optional.empty()
                : Optional.of("CHECK (" + String.join(" AND ", terms) + ")");
    }

    private static NamedSql named(String name, String body) {
        return new NamedSql(name, "CONSTRAINT " + SqlIdentifiers.quote(name) + " " + body);
    }

    /** A piece of SQL that creates a named schema object (constraint or index), so names can be checked for clashes. */
    record NamedSql(String name, String sql) {
    }
}
