package io.buildify.server.publish;

import io.buildify.core.api.PublishResponse;

/** The answer of a publish, and whether it is the stored answer of an earlier request with the same request id. */
public record PublishResult(PublishResponse response, boolean replayed) {
}
