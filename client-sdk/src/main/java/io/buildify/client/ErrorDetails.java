package io.buildify.client;

import io.buildify.core.api.ApiError;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.validation.ValidationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** Reads the typed parts of {@link ApiError#details()}, which arrive as plain JSON maps and lists. */
final class ErrorDetails {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDetails.class);

    private ErrorDetails() {
    }

    /** An integer detail such as {@code base_version}; -1 when it is missing or not a number. */
    static int intValue(ApiError error, String key) {
        Object value = error.details().get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code details.problems} as validation problems. Items that do not read as a problem are skipped with a
     * warning, so one odd entry does not hide the others or the error itself.
     */
    static List<ValidationProblem> problems(ApiError error) {
        if (!(error.details().get("problems") instanceof List<?> items)) {
            return List.of();
        }
        List<ValidationProblem> problems = new ArrayList<>(items.size());
        for (Object item : items) {
            try {
                problems.add(JsonCodec.mapper().convertValue(item, ValidationProblem.class));
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipping a validation problem the client cannot read: {} ({})", item, e.getMessage());
            }
        }
        return List.copyOf(problems);
    }
}
