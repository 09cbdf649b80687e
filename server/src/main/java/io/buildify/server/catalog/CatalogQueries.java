package io.buildify.server.catalog;

import io.buildify.core.api.AuditEntry;
import io.buildify.core.api.EntitySummary;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.PublishedEntity;

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

    public CatalogQueries(DataSource dataSource, EntityCatalog catalog, MigrationHistory history, AuditLog audit) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.audit = Objects.requireNonNull(audit, "audit");
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
}
