package io.buildify.app.publishqueue;

import io.buildify.client.BuildifyClientException;
import io.buildify.client.ConflictException;
import io.buildify.client.ServerErrorException;
import io.buildify.client.ServerUnreachableException;
import io.buildify.client.ValidationException;
import io.buildify.core.validation.ValidationProblem;
import io.buildify.core.workflow.WorkflowMarker;

import java.util.Locale;
import java.util.stream.Collectors;

/** What an attempt to send a queued publish means for the entry. */
enum SendOutcome {
    /** No answer, or a 5xx: keep it queued and try again after a backoff; later entries wait (order matters). */
    RETRY_LATER,
    /** 409: someone else published in between; the user must decide. */
    CONFLICT,
    /** Refused for a reason that a resend cannot change (validation, row checks, confirmation, migration). */
    FAILED;

    static SendOutcome of(Throwable error) {
        if (error instanceof ServerUnreachableException || error instanceof ServerErrorException) {
            return RETRY_LATER;
        }
        if (error instanceof ConflictException) {
            return CONFLICT;
        }
        return FAILED;
    }

    /** What the user reads in the pending view; {@code kind} names what was published. */
    static String messageOf(Throwable error, PublishKind kind) {
        String what = kind.displayName().toLowerCase(Locale.ROOT);
        if (error instanceof ConflictException conflict) {
            return "Someone published this " + what + " in the meantime: the queued publish is based on version "
                    + conflict.baseVersion() + ", the server has version " + conflict.currentVersion()
                    + ". Nothing was overwritten; open the " + what + ", bring it up to date and publish again.";
        }
        if (error instanceof ValidationException invalid && !invalid.problems().isEmpty()) {
            return invalid.getMessage() + ": " + invalid.problems().stream().map(ValidationProblem::toString)
                    .collect(Collectors.joining("; "));
        }
        if (error instanceof ValidationException invalid && !invalid.markers().isEmpty()) {
            // A workflow refused by the server's rules: its markers say what to fix in the designer.
            return "The server refused the " + what + ": " + invalid.markers().stream()
                    .map(WorkflowMarker::message).collect(Collectors.joining("; "));
        }
        if (error instanceof BuildifyClientException known) {
            return known.getMessage();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
