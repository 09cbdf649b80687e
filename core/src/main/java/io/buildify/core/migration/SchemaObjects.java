package io.buildify.core.migration;

import io.buildify.core.migration.FieldSql.NamedSql;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.validation.RelationshipNames;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Every named constraint and index a definition asks for, by stable key, in creation order. */
final class SchemaObjects {
    static final String JUNCTION_ROLE_PREFIX = "junction_";

    private SchemaObjects() {
    }

    /** @param tableOfEntity the table of a referenced entity; the entity itself resolves to its own table */
    static Map<String, SchemaObject> of(EntityDefinition entity, Function<String, String> tableOfEntity) {
        Function<String, String> tables = name -> name.equals(entity.name()) ? entity.tableName()
                : tableOfEntity.apply(name);
        String table = entity.tableName();
        Map<String, SchemaObject> objects = new LinkedHashMap<>();
        put(objects, new SchemaObject("table:pkey", SchemaObject.Type.CONSTRAINT, ConstraintNames.of(table, "pkey"),
                table, false, "PRIMARY KEY (\"id\")", table));
        for (FieldDefinition field : entity.fields()) {
            String owner = "field:" + field.id();
            String subject = table + "." + field.name();
            for (NamedSql constraint : FieldSql.constraints(table, field, tables)) {
                put(objects, constraint(owner, table, constraint, subject));
            }
            IndexSql.fieldIndex(table, field).ifPresent(index -> put(objects, new SchemaObject(owner + ":idx",
                    SchemaObject.Type.INDEX, index.name(), table, false, index.body(), subject)));
        }
        for (RelationshipDefinition relationship : entity.relationships()) {
            String owner = "relationship:" + relationship.id();
            if (relationship.kind() == RelationshipKind.ONE_TO_ONE) {
                for (NamedSql constraint : RelationshipSql.oneToOneConstraints(table, relationship, tables)) {
                    put(objects, constraint(owner, table, constraint, table + "." + relationship.name()));
                }
            } else if (relationship.kind() == RelationshipKind.ONE_TO_MANY) {
                String many = RelationshipSql.oneToManyOwner(relationship);
                IndexSql.IndexSpec index = RelationshipSql.oneToManyIndex(entity, relationship, tables);
                String subject = index.table() + "." + RelationshipNames.oneToManyColumn(entity, relationship);
                put(objects, constraint(many, index.table(), RelationshipSql.oneToManyForeignKey(entity,
                        relationship), subject));
                put(objects, new SchemaObject(many + ":many_idx", SchemaObject.Type.INDEX, index.name(),
                        index.table(), false, index.body(), subject));
            } else if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                RelationshipSql.Junction junction = RelationshipSql.junction(entity, relationship, tables);
                for (NamedSql constraint : junction.constraints()) {
                    put(objects, constraint(owner, junction.name(), constraint, junction.name()));
                }
            }
        }
        for (IndexDefinition index : entity.indexes()) {
            IndexSql.IndexSpec spec = IndexSql.defined(table, index);
            put(objects, new SchemaObject("index:" + index.id(), SchemaObject.Type.INDEX, spec.name(), table,
                    spec.unique(), spec.body(), table + "." + index.name()));
        }
        return objects;
    }

    /** The relationship id of a junction table's constraint, or null for any other object. */
    static String junctionOwner(String key) {
        int roleStart = key.lastIndexOf(':');
        if (!key.startsWith("relationship:") || !key.startsWith(JUNCTION_ROLE_PREFIX, roleStart + 1)) {
            return null;
        }
        return key.substring("relationship:".length(), roleStart);
    }

    private static SchemaObject constraint(String owner, String table, NamedSql constraint, String subject) {
        SchemaObject.Type type = constraint.body().startsWith("FOREIGN KEY") ? SchemaObject.Type.FOREIGN_KEY
                : SchemaObject.Type.CONSTRAINT;
        return new SchemaObject(owner + ":" + constraint.role(), type, constraint.name(), table, false,
                constraint.body(), subject);
    }

    private static void put(Map<String, SchemaObject> objects, SchemaObject object) {
        objects.put(object.key(), object);
    }
}
