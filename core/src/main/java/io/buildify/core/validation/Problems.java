package io.buildify.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while the rule classes walk a definition; paths are built by the caller. */
final class Problems {
    private final List<ValidationProblem> found = new ArrayList<>();

    void error(String path, String message) {
        found.add(ValidationProblem.error(path, message));
    }

    void warning(String path, String message) {
        found.add(ValidationProblem.warning(path, message));
    }

    /** Records an error at {@code path} when {@code name} breaks {@link NameRules}; returns whether it was fine. */
    boolean identifier(String path, String name) {
        var message = NameRules.checkIdentifier(name);
        message.ifPresent(m -> error(path, m));
        return message.isEmpty();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    List<ValidationProblem> list() {
        return List.copyOf(found);
    }
}
