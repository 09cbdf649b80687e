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

    /** {@code details.<key>} as a list of {@code type}; unreadable items are skipped with a warning. */
    static <T> List<T> list(ApiError error, String key, Class<T> type) {
        if (!(error.details().get(key) instanceof List<?> items)) {
            return List.of();
        }
        List<T> values = new ArrayList<>(items.size());
        for (Object item : items) {
            try {
                values.add(JsonCodec.mapper().convertValue(item, type));
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipping an item of '{}' the client cannot read: {} ({})", key, item, e.getMessage());
            }
        }
        return List.copyOf(values);
    }

    /**
     * {@code details.problems} as validation problems. Items that do not read as a problem are skipped with a
     * warning, so one odd entry does not hide the others or the error itself.
     */
    static List<ValidationProblem> problems(ApiError error) {
        return list(error, "problems", ValidationProblem.class);
    }
}
