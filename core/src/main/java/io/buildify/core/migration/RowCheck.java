package io.buildify.core.migration;

import java.util.Objects;

/**
 * A question the server asks the database before it applies a plan: how many rows would a step refuse (a type
 * change, a new NOT NULL, UNIQUE or CHECK)? Core only writes the query; the server runs it and refuses the publish,
 * naming the column and the count, when the answer is not zero.
 *
 * @param object   the step's object, e.g. {@code customer.credit_limit}
 * @param column   the column as the designer names it now
 * @param countSql {@code SELECT count(*) …} against the table as it is before the migration
 * @param problem  what the counted rows do, e.g. "hold values that are not numbers that fit NUMERIC(12,2)"
 */
public record RowCheck(String object, String column, String countSql, String problem) {
    public RowCheck {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(countSql, "countSql");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code credit_limit: 3 rows hold values that are not numbers …}, or "1 row holds …". */
    public String message(long failingRows) {
        if (failingRows != 1) {
            return column + ": " + failingRows + " rows " + problem;
        }
        int space = problem.indexOf(' ');
        String verb = space < 0 ? problem : problem.substring(0, space);
        String singular = switch (verb) {
            case "have" -> "has";
            case "hold", "share", "point" -> verb + "s";
            default -> verb;
        };
        return column + ": 1 row " + singular + (space < 0 ? "" : problem.substring(space));
    }
}
