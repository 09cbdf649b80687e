package io.buildify.client;

import io.buildify.core.api.ApiError;

/** 404: the entity (or other resource) the call names does not exist on the server. */
public final class NotFoundException extends BuildifyClientException {
    NotFoundException(ApiError error) {
        super(404, error);
    }
}
