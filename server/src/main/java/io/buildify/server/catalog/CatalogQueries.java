package io.buildify.server.catalog;

import io.buildify.core.api.AuditEntry;
import io.buildify.core.api.EntitySummary;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.api.PublishedWorkflow;
import io.buildify.core.api.WorkflowSummary;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Read-only questions about the catalog, each on a connection of its own. */
public final class CatalogQueries {
    private final DataSource dataSource;
    private final EntityCatalog catalog;
    private final MigrationHistory history;
    private final AuditLog audit;
    private final WorkflowCatalog workflows;

    public CatalogQueries(DataSource dataSource, EntityCatalog catalog, MigrationHistory history, AuditLog audit,
                          WorkflowCatalog workflows) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.workflows = Objects.requireNonNull(workflows, "workflows");
    }

    public List<EntitySummary> entities() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return catalog.list(connection);
        }
    }

    public Optional<PublishedEntity> entity(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return catalog.latest(connection, name);
        }
    }

    public List<MigrationRecord> migrations(String entityName) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return history.forEntity(connection, entityName);
        }
    }

    public List<AuditEntry> audit(String objectType, String objectName, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return audit.list(connection, objectType, objectName, limit);
        }
    }

    public List<WorkflowSummary> workflows() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return workflows.list(connection);
        }
    }

    public Optional<PublishedWorkflow> workflow(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return workflows.latest(connection, name);
        }
    }

    public Optional<PublishedWorkflow> workflow(String name, int version) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return workflows.version(connection, name, version);
        }
    }

    public List<WorkflowSummary> workflowVersions(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return workflows.versions(connection, name);
        }
    }
}
