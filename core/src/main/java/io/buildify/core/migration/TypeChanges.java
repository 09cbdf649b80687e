package io.buildify.core.migration;

/**
 * How a column changes type. Every change goes through the value's text form and the new type's input function
 * ({@code USING "c"::text::INTEGER}), so PostgreSQL accepts exactly what {@code pg_input_is_valid} accepts and the
 * server can count the rows that would fail before trying. Numbers lose trailing zeros first ({@code trim_scale}),
 * so 12.00 becomes the integer 12 while 12.50 is refused rather than silently rounded. Text targets take the text
 * form as is and let the assignment to VARCHAR(n) refuse values that are too long (an explicit cast would cut them).
 */
final class TypeChanges {
    private TypeChanges() {
    }

    /** The {@code USING} expression turning {@code column} (quoted) of {@code from} into {@code to}. */
    static String using(String column, String from, String to) {
        String text = textOf(column, from);
        return isText(to) ? text : text + "::" + to;
    }

    /**
     * The value as {@link #using} converts it, or NULL where the change would refuse it ({@link #failingRows}): the
     * cast sits in a CASE after the validity test, so a condition over it never raises an error.
     */
    static String convertedOrNull(String column, String from, String to) {
        String converted = using(column, from, to);
        return to.equals("TEXT") ? converted : "CASE WHEN pg_input_is_valid(" + textOf(column, from) + ", "
                + SqlLiterals.string(to) + ") THEN " + converted + " END";
    }

    /** A condition true for the rows whose value the change would refuse; null when every value converts. */
    static String failingRows(String column, String from, String to) {
        if (to.equals("TEXT")) {
            return null;
        }
        return column + " IS NOT NULL AND NOT pg_input_is_valid(" + textOf(column, from) + ", "
                + SqlLiterals.string(to) + ")";
    }

    /** What the failing rows hold, for a message like "credit_limit: 3 rows hold values that are not numbers". */
    static String problem(String to) {
        String base = base(to);
        return switch (base) {
            case "INTEGER", "BIGINT" -> "hold values that are not whole numbers that fit " + to;
            case "NUMERIC" -> "hold values that are not numbers that fit " + to;
            case "VARCHAR" -> "hold values longer than " + argument(to, 0) + " characters";
            case "BOOLEAN" -> "hold values that are not true or false";
            case "DATE" -> "hold values that are not dates";
            case "TIMESTAMPTZ" -> "hold values that are not dates with a time";
            case "TIME" -> "hold values that are not times of day";
            case "UUID" -> "hold values that are not UUIDs";
            case "JSONB" -> "hold values that are not JSON";
            default -> "hold values that cannot be read as " + to;
        };
    }

    /**
     * True when the new type cannot hold every value of the old one (so the change is destructive and needs
     * confirmation). Only known widenings are safe: longer or unbounded text, integer to bigint or a wide enough
     * numeric, a numeric with at least the same integer digits and scale, date to timestamptz, anything to text.
     */
    static boolean narrowing(String from, String to) {
        if (from.equals(to) || to.equals("TEXT")) {
            return false;
        }
        String fromBase = base(from);
        String toBase = base(to);
        if (toBase.equals("VARCHAR")) {
            return !fromBase.equals("VARCHAR") || argument(to, 0) < argument(from, 0);
        }
        if (toBase.equals("NUMERIC")) {
            int integerDigits = argument(to, 0) - argument(to, 1);
            return switch (fromBase) {
                case "INTEGER" -> integerDigits < 10;
                case "BIGINT" -> integerDigits < 19;
                case "NUMERIC" -> argument(to, 1) < argument(from, 1)
                        || integerDigits < argument(from, 0) - argument(from, 1);
                default -> true;
            };
        }
        if (to.equals("BIGINT")) {
            return !from.equals("INTEGER");
        }
        return !(from.equals("DATE") && to.equals("TIMESTAMPTZ"));
    }

    private static String textOf(String column, String from) {
        return base(from).equals("NUMERIC") ? "trim_scale(" + column + ")::text" : column + "::text";
    }

    private static boolean isText(String type) {
        return type.equals("TEXT") || base(type).equals("VARCHAR");
    }

    private static String base(String type) {
        int paren = type.indexOf('(');
        return paren < 0 ? type : type.substring(0, paren);
    }

    /** The n-th number in the parentheses of {@code NUMERIC(12,2)} or {@code VARCHAR(255)}. */
    private static int argument(String type, int n) {
        String inside = type.substring(type.indexOf('(') + 1, type.indexOf(')'));
        return Integer.parseInt(inside.split(",")[n].strip());
    }
}
