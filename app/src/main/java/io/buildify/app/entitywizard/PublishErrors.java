package io.buildify.app.entitywizard;

import io.buildify.client.BuildifyClientException;
import io.buildify.client.ConflictException;
import io.buildify.client.MigrationFailedException;
import io.buildify.client.ServerUnreachableException;
import io.buildify.client.ValidationException;
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
            return PublishOutcome.error("Someone published " + entityName + " in the meantime (your draft is based on "
                    + "version " + e.baseVersion() + ", the server has version " + e.currentVersion() + ").",
                    List.of(e.getMessage()));
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
}
