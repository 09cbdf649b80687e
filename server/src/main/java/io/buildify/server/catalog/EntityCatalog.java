package io.buildify.server.catalog;

import io.buildify.core.api.EntitySummary;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Published entity definitions, one row per version. Methods take the caller's connection so a publish can write
 * the definition in the same transaction as the migration it describes.
 */
public final class EntityCatalog {
    private static final String TABLE = CatalogSchema.SCHEMA + ".entity_definition";

    /** The current (highest) published version of {@code name}; empty when never published or archived. */
    public Optional<PublishedEntity> latest(Connection connection, String name) throws SQLException {
        Objects.requireNonNull(name, "name");
        try (PreparedStatement query = connection.prepareStatement("SELECT version, definition::text, published_at,"
                + " archived FROM " + TABLE + " WHERE name = ? ORDER BY version DESC LIMIT 1")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getBoolean(4)) {
                    return Optional.empty();
                }
                return Optional.of(new PublishedEntity(name, rs.getInt(1),
                        Jsonb.read(rs.getString(2), EntityDefinition.class), instant(rs, 3)));
            }
        }
    }

    /**
     * In one query: the current version of {@code name} and the latest definition of every published entity. A
     * publish needs the others' tables for its foreign keys, and the columns that their one-to-many relationships
     * put into this entity's table. Archived entities are left out; {@code lastVersion} counts them, so a publish
     * after an archive takes the next number.
     */
    public CurrentAndOthers currentAndOthers(Connection connection, String name) throws SQLException {
        Objects.requireNonNull(name, "name");
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT ON (name) name, version,"
                + " definition::text, published_at, archived FROM " + TABLE + " ORDER BY name, version DESC");
             ResultSet rs = query.executeQuery()) {
            return readCurrentAndOthers(rs, name);
        }
    }

    /**
     * Like {@link #currentAndOthers} but reads only what planning a publish of {@code name} needs, in one query: the
     * definitions of {@code names} (this entity and the entities it refers to) and of every entity whose one-to-many
     * relationship puts a column into the table of one of {@code targets}. A catalog of many entities then costs a
     * publish neither their transfer nor their parsing.
     */
    public CurrentAndOthers currentAndRelated(Connection connection, String name, Set<String> names,
                                              Set<String> targets) throws SQLException {
        return RoundTrip.one(connection, currentAndRelated(name, names, targets));
    }

    /** {@link #currentAndRelated(Connection, String, Set, Set)} as a statement of a {@link RoundTrip}. */
    public Query<CurrentAndOthers> currentAndRelated(String name, Set<String> names, Set<String> targets) {
        Objects.requireNonNull(name, "name");
        // The newest version of each name found by the (name, version) index; the one-to-many targets are a column
        // of their own (V11), so no definition's JSON is unpacked to find the entities that touch these tables.
        return Query.select("SELECT name, version, definition::text, published_at, archived FROM " + TABLE + " d"
                + " WHERE (name = ANY (?) OR one_to_many_targets && ?)"
                + " AND version = (SELECT max(version) FROM " + TABLE + " WHERE name = d.name) ORDER BY name",
                (query, i) -> {
                    query.setArray(i, query.getConnection().createArrayOf("text", names.toArray()));
                    query.setArray(i + 1, query.getConnection().createArrayOf("text", targets.toArray()));
                    return i + 2;
                }, rs -> readCurrentAndOthers(rs, name));
    }

    /** Rows of (name, version, definition, published_at, archived), latest version per name, archived ones skipped. */
    private static CurrentAndOthers readCurrentAndOthers(ResultSet rs, String name) throws SQLException {
        Optional<PublishedEntity> current = Optional.empty();
        List<EntityDefinition> related = new ArrayList<>();
        int lastVersion = 0;
        while (rs.next()) {
            if (rs.getString(1).equals(name)) {
                lastVersion = rs.getInt(2);
            }
            if (rs.getBoolean(5)) {
                continue;
            }
            EntityDefinition definition = Jsonb.read(rs.getString(3), EntityDefinition.class);
            related.add(definition);
            if (rs.getString(1).equals(name)) {
                current = Optional.of(new PublishedEntity(name, rs.getInt(2), definition, instant(rs, 4)));
            }
        }
        return new CurrentAndOthers(current, List.copyOf(related), lastVersion);
    }

    /**
     * The current version of an entity (empty if never published or archived), the latest definition of every
     * entity that is not archived, and the entity's highest version number (0 if never published).
     */
    public record CurrentAndOthers(Optional<PublishedEntity> current, List<EntityDefinition> latest,
                                   int lastVersion) {
    }

    /** The highest version number of {@code name}, archived or not; 0 if never published. */
    public int lastVersion(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(version), 0) FROM " + TABLE
                + " WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** One published version of {@code name}. */
    public Optional<PublishedEntity> version(Connection connection, String name, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT version, definition::text, published_at"
                + " FROM " + TABLE + " WHERE name = ? AND version = ?")) {
            query.setString(1, name);
            query.setInt(2, version);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PublishedEntity(name, rs.getInt(1),
                        Jsonb.read(rs.getString(2), EntityDefinition.class), instant(rs, 3)));
            }
        }
    }

    /** The latest version of every published entity that is not archived, by name. */
    public List<EntitySummary> list(Connection connection) throws SQLException {
        List<EntitySummary> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name, version, label, table_name,"
                + " published_at FROM (SELECT DISTINCT ON (name) name, version, definition->>'label' AS label,"
                + " definition->>'table_name' AS table_name, published_at, archived FROM " + TABLE
                + " ORDER BY name, version DESC) newest WHERE NOT archived ORDER BY name");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                items.add(new EntitySummary(rs.getString(1), rs.getString(3), rs.getInt(2), rs.getString(4),
                        instant(rs, 5)));
            }
        }
        return items;
    }

    /**
     * A new version of a definition, as a statement of a {@link RoundTrip}; {@code archived} for the archive of an
     * entity (its last definition under a new version).
     */
    public Query<Void> insert(EntityDefinition definition, int version, String author, boolean archived) {
        return Query.update("INSERT INTO " + TABLE + " (name, version, definition, author, archived,"
                + " one_to_many_targets) VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?)", (insert, i) -> {
                    insert.setString(i, definition.name());
                    insert.setInt(i + 1, version);
                    insert.setString(i + 2, Jsonb.write(definition));
                    insert.setString(i + 3, author);
                    insert.setBoolean(i + 4, archived);
                    insert.setArray(i + 5, insert.getConnection().createArrayOf("text",
                            oneToManyTargets(definition).toArray()));
                    return i + 6;
                });
    }

    /** The entities whose tables this definition's one-to-many relationships add a column to. */
    private static List<String> oneToManyTargets(EntityDefinition definition) {
        return definition.relationships().stream().filter(r -> r.kind() == RelationshipKind.ONE_TO_MANY)
                .map(RelationshipDefinition::targetEntity).distinct().toList();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
