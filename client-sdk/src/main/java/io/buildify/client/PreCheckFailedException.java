package io.buildify.client;

import io.buildify.core.api.ApiError;
import io.buildify.core.api.RowCheckResult;

import java.util.List;

/**
 * 422 {@code precheck_failed}: rows in the published table would break the change (values that do not convert
 * to the new type, empty values for a field that becomes required, duplicates for a new unique …). The message
 * names each column and count, e.g. "credit_limit: 3 rows hold values that are not numbers …"; fix the data or the
 * definition. Nothing was changed. {@code BuildifyClient.preview} reports the same counts beforehand.
 */
public final class PreCheckFailedException extends BuildifyClientException {
    static final String CODE = "precheck_failed";

    private final List<RowCheckResult> failedChecks;

    PreCheckFailedException(ApiError error) {
        super(422, error);
        this.failedChecks = ErrorDetails.list(error, "checks", RowCheckResult.class);
    }

    /** The checks that found rows, each with its column, count and message. */
    public List<RowCheckResult> failedChecks() {
        return failedChecks;
    }
}
