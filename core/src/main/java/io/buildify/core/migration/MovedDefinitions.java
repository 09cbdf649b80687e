package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.validation.RelationshipNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published definition as it looks at two points of an ALTER (see {@link AlterPlanBuilder}), so the SQL of a
 * schema object can be written for the state the database is in at that point.
 */
final class MovedDefinitions {
    private MovedDefinitions() {
    }

    /**
     * After the table renames only: the new table name and the new names of kept junction tables, every column
     * still under its old name. Objects dropped before the column renames are re-created by the down script here.
     */
    static EntityDefinition tablesRenamed(EntityDefinition previous, EntityDefinition next) {
        List<RelationshipDefinition> relationships = previous.relationships().stream().map(r -> {
            Optional<RelationshipDefinition> now = relationship(next, r.id());
            return r.kind() == RelationshipKind.MANY_TO_MANY && now.isPresent()
                    ? r.withJunctionTable(RelationshipNames.junctionTable(next, now.get())) : r;
        }).toList();
        return previous.withTableName(next.tableName()).withRelationships(relationships);
    }

    /**
     * After every rename: the new table name and each kept element's new name (indexes follow their columns,
     * partial-index predicates included); everything else as published. Objects whose SQL is the same here and in
     * the next definition only need a rename.
     */
    static EntityDefinition allRenamed(EntityDefinition previous, EntityDefinition next) {
        Map<String, String> columnNames = new HashMap<>();
        List<FieldDefinition> fields = new ArrayList<>();
        for (FieldDefinition field : previous.fields()) {
            FieldDefinition renamed = next.field(field.id()).map(n -> field.withName(n.name())).orElse(field);
            columnNames.put(field.name(), renamed.name());
            fields.add(renamed);
        }
        List<RelationshipDefinition> relationships = new ArrayList<>();
        for (RelationshipDefinition r : previous.relationships()) {
            RelationshipDefinition renamed = relationship(next, r.id()).map(n -> new RelationshipDefinition(r.id(),
                    n.name(), r.label(), r.kind(), r.targetEntity(), n.foreignKeyColumn(), n.junctionTable(),
                    r.onDelete(), r.onUpdate(), r.required())).orElse(r);
            if (r.kind() == RelationshipKind.ONE_TO_ONE) {
                columnNames.put(RelationshipNames.oneToOneColumn(r), RelationshipNames.oneToOneColumn(renamed));
            } else if (r.kind() == RelationshipKind.ONE_TO_MANY && r.targetEntity().equals(previous.name())) {
                columnNames.put(RelationshipNames.oneToManyColumn(previous, r),
                        RelationshipNames.oneToManyColumn(previous, renamed));
            }
            relationships.add(renamed);
        }
        columnNames.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        List<IndexDefinition> indexes = previous.indexes().stream().map(i -> new IndexDefinition(i.id(),
                next.indexes().stream().filter(n -> n.id().equals(i.id())).findFirst().map(IndexDefinition::name)
                        .orElse(i.name()),
                i.columns().stream().map(c -> columnNames.getOrDefault(c, c)).toList(), i.method(), i.unique(),
                WhereColumns.rename(i.where(), columnNames))).toList();
        return previous.withTableName(next.tableName()).withFields(fields).withRelationships(relationships)
                .withIndexes(indexes);
    }

    private static Optional<RelationshipDefinition> relationship(EntityDefinition entity, String id) {
        return entity.relationships().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
