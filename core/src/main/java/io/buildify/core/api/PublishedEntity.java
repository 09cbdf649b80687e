package io.buildify.core.api;

import io.buildify.core.model.EntityDefinition;

import java.time.Instant;

/** {@code GET /api/v1/data-model/entities/{name}}: the latest published definition and its version. */
public record PublishedEntity(String name, int version, EntityDefinition definition, Instant publishedAt) {
}
