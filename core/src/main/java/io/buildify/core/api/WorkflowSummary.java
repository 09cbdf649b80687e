package io.buildify.core.api;

import java.time.Instant;

/**
 * One published workflow version without its definition: a row of {@code GET /api/v1/workflows} (the latest
 * version of each workflow) and of {@code GET /api/v1/workflows/{name}/versions} (its history, newest first).
 */
public record WorkflowSummary(String name, String label, String entityName, int version, Instant publishedAt,
                              String author, String commitMessage) {
}
