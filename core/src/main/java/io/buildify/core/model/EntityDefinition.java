package io.buildify.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data-model entity as the designer draws it (SPEC §1): basic info, options, custom fields, relationships and
 * indexes. System fields (id, created_at, …) are not stored here; {@link SystemFields} derives them.
 * Immutable: every edit produces a copy, which is what makes undo and diffing simple.
 */
public record EntityDefinition(
        String id,
        String name,
        String label,
        String pluralLabel,
        String description,
        String icon,
        String category,
        EntityType entityType,
        String tableName,
        EntityOptions options,
        String primaryField,
        String defaultSortField,
        SortOrder defaultSortOrder,
        int recordsPerPage,
        List<FieldDefinition> fields,
        List<RelationshipDefinition> relationships,
        List<IndexDefinition> indexes) {

    public static final int DEFAULT_RECORDS_PER_PAGE = 25;

    public EntityDefinition {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        label = label == null ? "" : label;
        entityType = entityType == null ? EntityType.CUSTOM : entityType;
        tableName = tableName == null || tableName.isBlank() ? Names.tableNameOf(name) : tableName;
        options = options == null ? EntityOptions.defaults() : options;
        defaultSortOrder = defaultSortOrder == null ? SortOrder.ASC : defaultSortOrder;
        recordsPerPage = recordsPerPage <= 0 ? DEFAULT_RECORDS_PER_PAGE : recordsPerPage;
        fields = Lists.copy(fields);
        relationships = Lists.copy(relationships);
        indexes = Lists.copy(indexes);
    }

    /** A new custom entity with a fresh id, labels derived from the name, default options and no fields. */
    public static EntityDefinition of(String name) {
        String label = Names.labelOf(name);
        return new EntityDefinition(Ids.newId(), name, label, label.isEmpty() ? "" : label + "s", null, null, null,
                EntityType.CUSTOM, Names.tableNameOf(name), EntityOptions.defaults(), null, null, SortOrder.ASC,
                DEFAULT_RECORDS_PER_PAGE, List.of(), List.of(), List.of());
    }

    /**
     * A copy to start a new entity from: a fresh id, {@code newName} with the labels and table name derived from it
     * again, the same fields, relationships and indexes (index names, which must be unique per schema, get the new
     * table name in place of the old one where they start with it).
     */
    public EntityDefinition duplicate(String newName) {
        String newLabel = Names.labelOf(newName);
        String newTable = Names.tableNameOf(newName);
        List<IndexDefinition> renamedIndexes = indexes.stream().map(x -> x.name() != null
                && x.name().startsWith(tableName + "_") ? x.withName(newTable + x.name().substring(tableName.length()))
                : x).toList();
        return new EntityDefinition(Ids.newId(), newName, newLabel, newLabel.isEmpty() ? "" : newLabel + "s",
                description, icon, category, entityType, newTable, options, primaryField, defaultSortField,
                defaultSortOrder, recordsPerPage, fields, relationships, renamedIndexes);
    }

    public Optional<FieldDefinition> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public Optional<FieldDefinition> fieldNamed(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public EntityDefinition withName(String value) {
        return new EntityDefinition(id, value, label, pluralLabel, description, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withLabel(String value) {
        return new EntityDefinition(id, name, value, pluralLabel, description, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withPluralLabel(String value) {
        return new EntityDefinition(id, name, label, value, description, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withDescription(String value) {
        return new EntityDefinition(id, name, label, pluralLabel, value, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withIcon(String value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, value, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withCategory(String value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, value, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withEntityType(EntityType value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, value,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withTableName(String value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                value, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withOptions(EntityOptions value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                tableName, value, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withPrimaryField(String value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                tableName, options, value, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withDefaultSort(String field, SortOrder order) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                tableName, options, primaryField, field, order, recordsPerPage, fields,
                relationships, indexes);
    }

    public EntityDefinition withRecordsPerPage(int value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, value, fields,
                relationships, indexes);
    }

    public EntityDefinition withFields(List<FieldDefinition> value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, value,
                relationships, indexes);
    }

    public EntityDefinition withRelationships(List<RelationshipDefinition> value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                value, indexes);
    }

    public EntityDefinition withIndexes(List<IndexDefinition> value) {
        return new EntityDefinition(id, name, label, pluralLabel, description, icon, category, entityType,
                tableName, options, primaryField, defaultSortField, defaultSortOrder, recordsPerPage, fields,
                relationships, value);
    }

    /** Appends a field, giving it the next display order. */
    public EntityDefinition withFieldAdded(FieldDefinition field) {
        List<FieldDefinition> copy = new ArrayList<>(fields);
        copy.add(field.withDisplayOrder(fields.size()));
        return withFields(copy);
    }

    /** Replaces the field with the same id. */
    public EntityDefinition withFieldReplaced(FieldDefinition field) {
        return withFields(fields.stream().map(f -> f.id().equals(field.id()) ? field : f).toList());
    }

    public EntityDefinition withFieldRemoved(String fieldId) {
        return withFields(fields.stream().filter(f -> !f.id().equals(fieldId)).toList());
    }

    /**
     * Moves the field at {@code from} to position {@code to} (both 0-based) and renumbers every field's display
     * order to its new position, so the stored order and the list order never disagree.
     */
    public EntityDefinition withFieldMoved(int from, int to) {
        if (from < 0 || from >= fields.size() || to < 0 || to >= fields.size()) {
            throw new IndexOutOfBoundsException("cannot move field " + from + " to " + to + " of " + fields.size());
        }
        List<FieldDefinition> copy = new ArrayList<>(fields);
        copy.add(to, copy.remove(from));
        for (int i = 0; i < copy.size(); i++) {
            copy.set(i, copy.get(i).withDisplayOrder(i));
        }
        return withFields(copy);
    }

    public Optional<RelationshipDefinition> relationship(String relationshipId) {
        return relationships.stream().filter(r -> r.id().equals(relationshipId)).findFirst();
    }

    public EntityDefinition withRelationshipAdded(RelationshipDefinition relationship) {
        List<RelationshipDefinition> copy = new ArrayList<>(relationships);
        copy.add(relationship);
        return withRelationships(copy);
    }

    /** Replaces the relationship with the same id. */
    public EntityDefinition withRelationshipReplaced(RelationshipDefinition relationship) {
        return withRelationships(relationships.stream()
                .map(r -> r.id().equals(relationship.id()) ? relationship : r).toList());
    }

    public EntityDefinition withRelationshipRemoved(String relationshipId) {
        return withRelationships(relationships.stream().filter(r -> !r.id().equals(relationshipId)).toList());
    }

    public Optional<IndexDefinition> index(String indexId) {
        return indexes.stream().filter(x -> x.id().equals(indexId)).findFirst();
    }

    public EntityDefinition withIndexAdded(IndexDefinition index) {
        List<IndexDefinition> copy = new ArrayList<>(indexes);
        copy.add(index);
        return withIndexes(copy);
    }

    /** Replaces the index with the same id. */
    public EntityDefinition withIndexReplaced(IndexDefinition index) {
        return withIndexes(indexes.stream().map(x -> x.id().equals(index.id()) ? index : x).toList());
    }

    public EntityDefinition withIndexRemoved(String indexId) {
        return withIndexes(indexes.stream().filter(x -> !x.id().equals(indexId)).toList());
    }
}
