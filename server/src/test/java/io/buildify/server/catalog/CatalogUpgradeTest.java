package io.buildify.server.catalog;

import io.buildify.server.Db;
import io.buildify.server.SharedServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalog migrations fill what they add for the rows published before them (on a real PostgreSQL). */
class CatalogUpgradeTest {
    private static final String SCHEMA = "t_catalog_upgrade";

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/catalog")
                .target(target).load();
    }

    @Test
    void versionsPublishedBeforeV11GetTheirOneToManyTargets() throws Exception {
        DataSource dataSource = SharedServer.get().dataSource();
        Db db = new Db(dataSource);
        db.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        flyway(dataSource, "10").migrate();
        db.execute("INSERT INTO " + SCHEMA + ".entity_definition (name, version, definition) VALUES"
                + " ('order', 1, '{\"name\": \"order\", \"relationships\": [{\"kind\": \"one_to_many\","
                + " \"target_entity\": \"line\"}, {\"kind\": \"many_to_many\", \"target_entity\": \"tag\"},"
                + " {\"kind\": \"one_to_many\", \"target_entity\": \"note\"}]}'),"
                + " ('plain', 1, '{\"name\": \"plain\"}')");

        flyway(dataSource, "latest").migrate();

        assertThat(db.column("SELECT array_to_string(one_to_many_targets, ',') FROM " + SCHEMA
                + ".entity_definition ORDER BY name")).containsExactly("line,note", "");
        db.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }
}
