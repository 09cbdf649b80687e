package io.buildify.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.buildify.core.api.ApiError;
import io.buildify.core.json.JsonCodec;

/** Turns a non-2xx answer into the matching {@link BuildifyClientException}. */
final class ErrorResponses {
    private ErrorResponses() {
    }

    static BuildifyClientException toException(int status, String body) {
        ApiError error;
        try {
            error = JsonCodec.mapper().readValue(body, ApiError.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ServerErrorException.unreadable(status, body, e);
        }
        if (error == null || error.error() == null || error.message() == null) {
            return ServerErrorException.unreadable(status, body, null);
        }
        return switch (status) {
            // bad_request (e.g. malformed JSON) is a 400 as well; it simply has no problem list.
            case 400 -> new ValidationException(error);
            case 404 -> new NotFoundException(error);
            case 409 -> new ConflictException(error);
            case 422 -> switch (error.error()) {
                case ConfirmationRequiredException.CODE -> new ConfirmationRequiredException(error);
                case PreCheckFailedException.CODE -> new PreCheckFailedException(error);
                default -> new MigrationFailedException(error);
            };
            default -> new ServerErrorException(status, error);
        };
    }
}
