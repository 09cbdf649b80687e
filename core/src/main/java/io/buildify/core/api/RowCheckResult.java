package io.buildify.core.api;

/**
 * The answer to one pre-check of a migration: how many rows of the current table a step would refuse, with the
 * sentence the server uses when it refuses ("credit_limit: 3 rows hold values that are not numbers …").
 */
public record RowCheckResult(String object, String column, long failingRows, String message) {
    public boolean passed() {
        return failingRows == 0;
    }
}
