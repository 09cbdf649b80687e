package io.buildify.app.entitywizard;

import io.buildify.client.BuildifyClientException;
import io.buildify.client.ConfirmationRequiredException;
import io.buildify.client.ConflictException;
import io.buildify.client.MigrationFailedException;
import io.buildify.client.PreCheckFailedException;
import io.buildify.client.ServerUnreachableException;
import io.buildify.client.ValidationException;
import io.buildify.core.api.RowCheckResult;
import io.buildify.core.validation.ValidationProblem;

import java.util.List;

/** Turns whatever a publish threw into a {@link PublishOutcome} a designer can act on. */
final class PublishErrors {
    private PublishErrors() {
    }

    static PublishOutcome describe(String entityName, Throwable error) {
        if (error instanceof ValidationException e) {
            List<String> problems = e.problems().stream().map(ValidationProblem::toString).toList();
            return PublishOutcome.error("The server refused " + entityName + ": " + e.getMessage(), problems);
        }
        if (error instanceof ConflictException e) {
            return PublishOutcome.error("Someone published " + entityName + " in the meantime: your draft is based on "
                    + "version " + e.baseVersion() + ", the server has version " + e.currentVersion() + ".", List.of(
                    "Nothing was changed. Your draft is saved.",
                    "Open the history to see what version " + e.currentVersion() + " changed, then choose \"Base my "
                            + "draft on version " + e.currentVersion() + "\": the preview then shows what your draft "
                            + "changes from there (steps that would undo the other change show in red).",
                    e.getMessage()));
        }
        if (error instanceof PreCheckFailedException e) {
            List<String> byColumn = e.failedChecks().stream().filter(c -> !c.passed())
                    .map(PublishErrors::checkLine).toList();
            return PublishOutcome.error("Existing rows do not fit the change, so nothing was published. Fix the data "
                    + "or the definition:", byColumn.isEmpty() ? List.of(e.getMessage()) : byColumn);
        }
        if (error instanceof ConfirmationRequiredException e) {
            return PublishOutcome.error("The server asks to confirm destructive steps: " + e.getMessage(),
                    e.destructiveSteps().stream().map(s -> DestructiveChange.of(s.kind(), s.object()).sentence())
                            .toList());
        }
        if (error instanceof MigrationFailedException e) {
            String what = e.isUnsupportedChange() ? "This change cannot be published yet: "
                    : "PostgreSQL refused the migration (nothing was changed): ";
            return PublishOutcome.error(what + e.getMessage(), List.of());
        }
        if (error instanceof ServerUnreachableException e) {
            return PublishOutcome.error(e.getMessage() + ". Your draft is saved; publish again when the server is "
                    + "back.", List.of());
        }
        if (error instanceof BuildifyClientException e) {
            return PublishOutcome.error("Publishing failed: " + e.getMessage(), List.of());
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return PublishOutcome.error("Publishing failed: " + message, List.of());
    }

    /** The server's sentence, which starts with the column ({@code credit_limit: 3 rows hold …}). */
    static String checkLine(RowCheckResult check) {
        return check.message() == null || check.message().isBlank()
                ? check.column() + ": " + check.failingRows() + " rows fail the check" : check.message();
    }
}
