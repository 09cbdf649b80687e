package io.buildify.core.workflow;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** Loose comparison of JSON-ish values (numbers, strings, booleans) as a designer means them: "10" equals 10. */
final class ConditionValues {
    private ConditionValues() {
    }

    static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (value instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Optional.of(new BigDecimal(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty();
    }

    static boolean looselyEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Optional<BigDecimal> x = number(a);
        Optional<BigDecimal> y = number(b);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get()) == 0;
        }
        return a.toString().equals(b.toString());
    }

    /** Numbers compare as numbers, anything else (ISO dates and times included) as text. */
    static int compare(Object a, Object b) {
        Optional<BigDecimal> x = number(a);
        Optional<BigDecimal> y = number(b);
        if (x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get());
        }
        return a.toString().compareTo(b.toString());
    }
}
