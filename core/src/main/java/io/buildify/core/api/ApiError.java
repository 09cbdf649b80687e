package io.buildify.core.api;

import java.util.Map;

/**
 * Every error the server returns: a stable code ({@code validation_failed}, {@code not_found}, {@code conflict},
 * {@code bad_request}, {@code migration_failed}, {@code precheck_failed}, {@code confirmation_required} (422),
 * {@code unsupported}, {@code busy}, {@code internal}), a sentence for people, and
 * details (e.g. the problems per field, or base and current version on a conflict).
 */
public record ApiError(String error, String message, Map<String, Object> details) {
    public ApiError {
        details = details == null ? Map.of() : details;
    }
}
