package io.buildify.server.catalog;

import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.WorkflowSummary;
import io.buildify.core.model.WorkflowDefinition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Published workflow definitions, one row per version, like {@link EntityCatalog}: methods take the caller's
 * connection so a publish can check, insert and audit in one transaction.
 */
public final class WorkflowCatalog {
    private static final String TABLE = CatalogSchema.SCHEMA + ".workflow_definition";
    private static final String PUBLISHED = "SELECT name, version, definition::text, published_at, author,"
            + " commit_message FROM " + TABLE;
    private static final String SUMMARY = "name, definition->>'label', entity_name, version, published_at, author,"
            + " commit_message";

    /** The current (highest) published version of {@code name}. */
    public Optional<PublishedWorkflow> latest(Connection connection, String name) throws SQLException {
        Objects.requireNonNull(name, "name");
        try (PreparedStatement query = connection.prepareStatement(PUBLISHED
                + " WHERE name = ? ORDER BY version DESC LIMIT 1")) {
            query.setString(1, name);
            return one(query);
        }
    }

    /** One published version of {@code name}. */
    public Optional<PublishedWorkflow> version(Connection connection, String name, int version) throws SQLException {
        Objects.requireNonNull(name, "name");
        try (PreparedStatement query = connection.prepareStatement(PUBLISHED + " WHERE name = ? AND version = ?")) {
            query.setString(1, name);
            query.setInt(2, version);
            return one(query);
        }
    }

    /** The version an earlier publish with this idempotency key created, if any. */
    public Optional<PublishedWorkflow> byRequestId(Connection connection, String requestId) throws SQLException {
        Objects.requireNonNull(requestId, "requestId");
        try (PreparedStatement query = connection.prepareStatement(PUBLISHED + " WHERE request_id = ?")) {
            query.setString(1, requestId);
            return one(query);
        }
    }

    /** The latest version of every published workflow, by name. */
    public List<WorkflowSummary> list(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT ON (name) " + SUMMARY
                + " FROM " + TABLE + " ORDER BY name, version DESC")) {
            return summaries(query);
        }
    }

    /** Every published version of {@code name}, newest first; empty if it was never published. */
    public List<WorkflowSummary> versions(Connection connection, String name) throws SQLException {
        Objects.requireNonNull(name, "name");
        try (PreparedStatement query = connection.prepareStatement("SELECT " + SUMMARY + " FROM " + TABLE
                + " WHERE name = ? ORDER BY version DESC")) {
            query.setString(1, name);
            return summaries(query);
        }
    }

    /** Stores a new version; the unique keys refuse a second row for the same version or request id. */
    public PublishedWorkflow insert(Connection connection, WorkflowDefinition definition, int version, String author,
                                    String commitMessage, String requestId) throws SQLException {
        Objects.requireNonNull(definition, "definition");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (name, version, definition, entity_name, author, commit_message, request_id)"
                + " VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, ?) RETURNING name, version, definition::text,"
                + " published_at, author, commit_message")) {
            insert.setString(1, definition.name());
            insert.setInt(2, version);
            insert.setString(3, Jsonb.write(definition));
            insert.setString(4, definition.entityName());
            insert.setString(5, author);
            insert.setString(6, commitMessage);
            insert.setString(7, requestId);
            return one(insert).orElseThrow();
        }
    }

    private static Optional<PublishedWorkflow> one(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new PublishedWorkflow(rs.getString(1), rs.getInt(2),
                    Jsonb.read(rs.getString(3), WorkflowDefinition.class), EntityCatalog.instant(rs, 4),
                    rs.getString(5), rs.getString(6)));
        }
    }

    private static List<WorkflowSummary> summaries(PreparedStatement query) throws SQLException {
        List<WorkflowSummary> items = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                items.add(new WorkflowSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        EntityCatalog.instant(rs, 5), rs.getString(6), rs.getString(7)));
            }
        }
        return items;
    }
}
