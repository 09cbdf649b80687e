package io.buildify.server.publish;

import io.buildify.core.api.PublishedEntity;
import io.buildify.core.migration.KnownEntities;
import io.buildify.core.model.EntityDefinition;
import io.buildify.server.catalog.EntityCatalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The published entities as the planner asks for them, read on the publish's own connection (inside its
 * transaction and lock) and only as far as needed: one definition per referenced entity, remembered for the plan,
 * and the entities pointing at a table in one query.
 */
final class PublishedEntities implements KnownEntities {
    private final Connection connection;
    private final EntityCatalog catalog;
    private final Map<String, Optional<EntityDefinition>> found = new HashMap<>();

    PublishedEntities(Connection connection, EntityCatalog catalog) {
        this.connection = connection;
        this.catalog = catalog;
    }

    @Override
    public Optional<EntityDefinition> find(String name) {
        return found.computeIfAbsent(name, n -> read(() -> catalog.latest(connection, n)
                .map(PublishedEntity::definition)));
    }

    @Override
    public Collection<EntityDefinition> pointingAt(String target) {
        return read(() -> catalog.pointingAt(connection, target));
    }

    private static <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new CatalogReadException(e);
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    /** Carries a catalog read failure through the planner; {@link #getCause()} is the {@link SQLException}. */
    static final class CatalogReadException extends RuntimeException {
        CatalogReadException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
