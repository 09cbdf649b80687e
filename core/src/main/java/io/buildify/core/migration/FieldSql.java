package io.buildify.core.migration;

import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.validation.FieldLimits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The table constraints of one custom field: UNIQUE, CHECKs and a lookup's FOREIGN KEY. */
final class FieldSql {
    private FieldSql() {
    }

    /** Named table constraints: UNIQUE, CHECKs on length, range and allowed values, and a lookup's FOREIGN KEY. */
    static List<NamedSql> constraints(String table, FieldDefinition field, Function<String, String> tableOfEntity) {
        String column = SqlIdentifiers.quote(field.name());
        List<NamedSql> constraints = new ArrayList<>();
        if (field.unique()) {
            constraints.add(named("key", table, field, "UNIQUE (" + column + ")"));
        }
        checkConditions(field, column).forEach((role, condition) ->
                constraints.add(named(role, table, field, "CHECK (" + condition + ")")));
        if (field.type() == FieldType.LOOKUP) {
            String target = SqlIdentifiers.quote(tableOfEntity.apply(field.lookupEntity()));
            constraints.add(named("fkey", table, field,
                    "FOREIGN KEY (" + column + ") REFERENCES " + target + " (\"id\")"));
        }
        return constraints;
    }

    /**
     * The CHECK conditions of a field by constraint role ({@code length_check}, {@code range_check},
     * {@code allowed_check}), written over {@code column}: the quoted column, or another expression when the server
     * counts the rows that would fail a new constraint before adding it.
     */
    static Map<String, String> checkConditions(FieldDefinition field, String column) {
        Map<String, String> conditions = new LinkedHashMap<>();
        lengthCheck(field, column).ifPresent(condition -> conditions.put("length_check", condition));
        rangeCheck(field, column).ifPresent(condition -> conditions.put("range_check", condition));
        if (field.type() == FieldType.SINGLE_SELECT) {
            conditions.put("allowed_check", column + " IN " + SqlLiterals.stringList(field.allowedValues()));
        } else if (field.type() == FieldType.MULTIPLE_SELECT) {
            conditions.put("allowed_check", column + " <@ " + SqlLiterals.textArray(field.allowedValues()));
        }
        return conditions;
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
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", terms));
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
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", terms));
    }

    private static NamedSql named(String role, String table, FieldDefinition field, String body) {
        return new NamedSql(role, ConstraintNames.of(table, field.name(), role), body);
    }

    /**
     * A named schema object (constraint or index) inside CREATE TABLE: {@code role} says what it is for its owner
     * ({@code key}, {@code fkey}, {@code length_check} …), so two versions of a definition can be compared role by
     * role; {@code body} is the SQL after the name.
     */
    record NamedSql(String role, String name, String body) {
        String sql() {
            return "CONSTRAINT " + SqlIdentifiers.quote(name) + " " + body;
        }
    }
}
