package io.buildify.server.publish;

import io.buildify.server.catalog.AuditLog;
import io.buildify.server.catalog.EntityCatalog;
import io.buildify.server.catalog.MigrationHistory;
import io.buildify.server.catalog.WorkflowCatalog;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Objects;

/**
 * What every publishing service works with: the database, the catalog tables it reads and writes, and how long it
 * waits for the advisory locks. Built once where the server is wired and shared by the publish, archive, rollback
 * and workflow-publish services, so they all see the same catalogs and the same lock timeout.
 */
public record PublishContext(DataSource dataSource, EntityCatalog catalog, MigrationHistory history, AuditLog audit,
                             WorkflowCatalog workflows, Duration lockTimeout) {

    public PublishContext {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(workflows, "workflows");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    /** Fresh catalogs over {@code dataSource} (they hold no state of their own, only their SQL). */
    public static PublishContext of(DataSource dataSource, Duration lockTimeout) {
        return new PublishContext(dataSource, new EntityCatalog(), new MigrationHistory(), new AuditLog(),
                new WorkflowCatalog(), lockTimeout);
    }

    /** Writes the history rows and audit entries of the migrations run in this context. */
    MigrationRecorder recorder() {
        return new MigrationRecorder(history, audit);
    }
}
