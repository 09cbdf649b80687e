package io.buildify.app.publishqueue;

import io.buildify.client.BuildifyClientException;
import io.buildify.client.ConflictException;
import io.buildify.client.ServerErrorException;
import io.buildify.client.ServerUnreachableException;
import io.buildify.client.ValidationException;
import io.buildify.core.validation.ValidationProblem;

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

    static String messageOf(Throwable error) {
        if (error instanceof ConflictException conflict) {
            return "Someone published this entity in the meantime: the queued publish is based on version "
                    + conflict.baseVersion() + ", the server has version " + conflict.currentVersion()
                    + ". Nothing was overwritten; open the entity, bring it up to date and publish again.";
        }
        if (error instanceof ValidationException invalid && !invalid.problems().isEmpty()) {
            return invalid.getMessage() + ": " + invalid.problems().stream().map(ValidationProblem::toString)
                    .collect(Collectors.joining("; "));
        }
        if (error instanceof BuildifyClientException known) {
            return known.getMessage();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
