package io.buildify.core.api;

/** {@code GET /api/v1/health}: the server's version and the PostgreSQL it runs on. */
public record HealthResponse(String status, String version, String database) {
}
