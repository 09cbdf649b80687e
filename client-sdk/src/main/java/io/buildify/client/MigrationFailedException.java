package io.buildify.client;

import io.buildify.core.api.ApiError;

/**
 * 422: the server could not carry the change out. Either PostgreSQL refused the migration (code
 * {@code migration_failed}; the database is left as it was and the message says why) or the change is one the
 * planner does not support yet (code {@code unsupported}).
 */
public final class MigrationFailedException extends BuildifyClientException {
    MigrationFailedException(ApiError error) {
        super(422, error);
    }

    /** True when the planner refused the change rather than PostgreSQL. */
    public boolean isUnsupportedChange() {
        return "unsupported".equals(code());
    }
}
