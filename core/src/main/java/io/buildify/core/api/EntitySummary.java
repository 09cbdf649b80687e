package io.buildify.core.api;

import java.time.Instant;

/** One row of {@code GET /api/v1/data-model/entities}: a published entity's latest version. */
public record EntitySummary(String name, String label, int version, String tableName, Instant publishedAt) {
}
