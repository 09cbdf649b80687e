package io.buildify.core.api;

/** Answer of a successful publish: the new version and its migration record. */
public record PublishResponse(String entityName, int version, MigrationRecord migration) {
}
