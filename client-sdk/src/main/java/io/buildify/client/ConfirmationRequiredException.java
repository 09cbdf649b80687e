package io.buildify.client;

import io.buildify.core.api.ApiError;

import java.util.List;

/**
 * 422 {@code confirmation_required}: the publish or rollback has destructive steps (archiving or dropping a column
 * or table, narrowing a type, undoing an added column) and the request did not confirm them. Show
 * {@link #destructiveSteps()} to the designer and send the request again with {@code confirm_destructive} set
 * ({@code PublishRequest.withConfirmDestructive(true)}). Nothing was changed.
 */
public final class ConfirmationRequiredException extends BuildifyClientException {
    static final String CODE = "confirmation_required";

    private final List<DestructiveStep> destructiveSteps;

    ConfirmationRequiredException(ApiError error) {
        super(422, error);
        this.destructiveSteps = ErrorDetails.list(error, "destructive_steps", DestructiveStep.class);
    }

    /** The steps that need the confirmation, in plan order. */
    public List<DestructiveStep> destructiveSteps() {
        return destructiveSteps;
    }

    /** One step to confirm: its kind ({@code archive_column}) and object ({@code customer.phone}). */
    public record DestructiveStep(String kind, String object) {
    }
}
