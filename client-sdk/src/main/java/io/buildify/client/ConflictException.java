package io.buildify.client;

import io.buildify.core.api.ApiError;

/**
 * 409: the publish was based on a version that is no longer the current one, so the server refused to apply it
 * over someone else's change (SPEC §4). Both versions come from the error details.
 */
public final class ConflictException extends BuildifyClientException {
    private final int baseVersion;
    private final int currentVersion;

    ConflictException(ApiError error) {
        super(409, error);
        this.baseVersion = ErrorDetails.intValue(error, "base_version");
        this.currentVersion = ErrorDetails.intValue(error, "current_version");
    }

    /** The version the refused draft started from; -1 if the server did not say. */
    public int baseVersion() {
        return baseVersion;
    }

    /** The version that is published now; -1 if the server did not say. */
    public int currentVersion() {
        return currentVersion;
    }
}
