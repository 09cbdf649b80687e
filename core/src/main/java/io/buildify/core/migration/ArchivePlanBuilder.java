package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The steps that archive a published entity (its "delete"): nothing is dropped, everything is renamed aside with
 * {@link ArchiveNames}, so the data stays and the down script brings it all back. In order:
 * <ol>
 *   <li>the columns its one-to-many relationships put on other tables: their foreign key and index are dropped
 *       (their names would block a later entity of the same name) and the column is archived;</li>
 *   <li>its junction tables, with their primary keys;</li>
 *   <li>the indexes of its table (primary key, unique keys, indexes: index names are schema-wide, so a fresh table
 *       of the same name could not be created while they keep their names), then the table itself.</li>
 * </ol>
 * Foreign keys and checks are named per table and go aside with it.
 */
final class ArchivePlanBuilder {
    private final EntityDefinition entity;
    private final Function<String, String> tableOfEntity;
    private final PlanOptions options;
    private final int toVersion;
    private final List<MigrationStep> steps = new ArrayList<>();

    ArchivePlanBuilder(EntityDefinition entity, Function<String, String> tableOfEntity, PlanOptions options,
                       int toVersion) {
        this.entity = entity;
        this.tableOfEntity = tableOfEntity;
        this.options = options;
        this.toVersion = toVersion;
    }

    /** Refuses while other entities still point at {@code entity}: their foreign keys would point at an archive. */
    static void requireUnreferenced(EntityDefinition entity, Collection<EntityDefinition> published) {
        List<String> references = new ArrayList<>();
        for (EntityDefinition other : published) {
            if (other.name().equals(entity.name())) {
                continue;
            }
            for (FieldDefinition field : other.fields()) {
                if (entity.name().equals(field.lookupEntity())) {
                    references.add("lookup field '" + other.name() + "." + field.name() + "'");
                }
            }
            for (RelationshipDefinition relationship : other.relationships()) {
                if (relationship.targetEntity().equals(entity.name())) {
                    references.add(relationship.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " relationship '" + other.name() + "." + relationship.name() + "'");
                }
            }
        }
        if (!references.isEmpty()) {
            throw new UnsupportedChangeException("entity '" + entity.name() + "' cannot be archived while other "
                    + "published entities point at it: " + String.join(", ", references)
                    + "; remove those fields or relationships and publish them first");
        }
    }

    List<MigrationStep> build() {
        String table = entity.tableName();
        for (RelationshipDefinition relationship : entity.relationships()) {
            if (relationship.kind() == RelationshipKind.ONE_TO_MANY
                    && !relationship.targetEntity().equals(entity.name())) {
                archiveOneToManyColumn(relationship);
            } else if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                String junction = RelationshipSql.junction(entity, relationship, tableOfEntity).name();
                steps.add(ArchiveSteps.junction(junction, archiveName(junction)));
            }
        }
        for (SchemaObject object : SchemaObjects.of(entity, tableOfEntity).values()) {
            if (object.table().equals(table) && indexBacked(object)) {
                String archived = archiveName(object.name());
                steps.add(new MigrationStep(object.renameKind(), object.subject(), object.renameSql(archived),
                        object.named(archived).renameSql(object.name()), false));
            }
        }
        steps.add(new MigrationStep(StepKind.ARCHIVE_TABLE, table, ArchiveSteps.renameTable(table,
                archiveName(table)), ArchiveSteps.renameTable(archiveName(table), table), true));
        return List.copyOf(steps);
    }

    /** The column stays with its values under an archive name; its key and index go, the down script adds them. */
    private void archiveOneToManyColumn(RelationshipDefinition relationship) {
        String many = RelationshipSql.oneToManyOwner(relationship);
        for (SchemaObject object : SchemaObjects.of(entity, tableOfEntity).values()) {
            if (object.key().startsWith(many + ":")) {
                steps.add(new MigrationStep(object.dropKind(), object.subject(), object.dropSql(),
                        object.createSql(), false));
            }
        }
        ColumnSpec column = RelationshipSql.oneToManyColumn(entity, relationship);
        String target = tableOfEntity.apply(relationship.targetEntity());
        steps.add(ColumnSteps.archive(target, column, archiveName(column.name())));
    }

    /** A primary key, a unique key or an index: each is a relation whose name is unique in the schema. */
    private static boolean indexBacked(SchemaObject object) {
        return object.type() == SchemaObject.Type.INDEX || object.type() == SchemaObject.Type.CONSTRAINT
                && (object.body().startsWith("PRIMARY KEY") || object.body().startsWith("UNIQUE"));
    }

    private String archiveName(String name) {
        return ArchiveNames.of(name, toVersion, options.clock());
    }
}
