package io.buildify.core.model;

import java.util.List;

/** Null-tolerant immutable copies for record constructors (JSON may omit a list). */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
