package io.buildify.server.catalog;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * The server's own tables (published definitions, migration history, audit log), created and upgraded by Flyway
 * from {@code classpath:db/catalog} in the schema {@value #SCHEMA}, apart from the user tables in {@code public}.
 */
public final class CatalogSchema {
    public static final String SCHEMA = "buildify_catalog";

    private CatalogSchema() {
    }

    /** Brings the catalog to the newest version; safe to call at every start. */
    public static void migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/catalog")
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
