package io.buildify.server.property;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.validation.EntityValidator;
import io.buildify.core.validation.RelationshipNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random valid edits of one entity ("main") that may relate to a second, published one ("helper"): fields added,
 * removed, renamed (swaps and chains included), retyped, constrained; indexes (partial ones included);
 * one-to-one, one-to-many and many-to-many relationships; table renames; soft delete. Each edit is retried until
 * the result is valid and different.
 */
final class RandomEdits {
    private static final List<ReferentialAction> ACTIONS = List.of(ReferentialAction.NO_ACTION,
            ReferentialAction.CASCADE, ReferentialAction.RESTRICT, ReferentialAction.SET_NULL);

    private final Random random;
    private final RandomFields fields;
    private final String prefix;
    private final String helper;
    private int counter;
    private final List<String> usedNames = new ArrayList<>();
    private final List<String> usedTables = new ArrayList<>();
    private String last = "";

    RandomEdits(Random random, String prefix, String helper) {
        this.random = random;
        this.prefix = prefix;
        this.helper = helper;
        this.fields = new RandomFields(random, helper);
    }

    EntityDefinition initial(String name) {
        EntityDefinition entity = EntityDefinition.of(name);
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            entity = entity.withFieldAdded(fields.field(fieldName(entity)));
        }
        for (int attempt = 0; attempt < 50 && !EntityValidator.isValid(entity); attempt++) {
            entity = EntityDefinition.of(name).withFieldAdded(fields.field(fieldName(EntityDefinition.of(name))));
        }
        // often soft-deleting from the start, so deleted rows are there when partial unique indexes come
        return fields.chance(2) ? entity.withOptions(entity.options().withSoftDelete(true)) : entity;
    }

    /** What the last {@link #edit} did, for failure messages. */
    String last() {
        return last;
    }

    EntityDefinition edit(EntityDefinition entity) {
        return edit(entity, 16);
    }

    /** An edit of the first {@code kinds} kinds only: 4 keeps to adding, removing, renaming and retyping fields. */
    EntityDefinition edit(EntityDefinition entity, int kinds) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int kind = random.nextInt(kinds);
            EntityDefinition next;
            try {
                next = apply(kind, entity);
            } catch (IllegalStateException nothingToEdit) {
                continue;
            }
            if (!next.equals(entity) && EntityValidator.isValid(next)) {
                return next;
            }
        }
        throw new AssertionError("no valid edit found for " + entity);
    }

    private EntityDefinition apply(int kind, EntityDefinition e) {
        return switch (kind) {
            case 0 -> said("add field", e.withFieldAdded(fields.field(fieldName(e))));
            case 1 -> said("remove field", without(e, anyField(e)));
            case 2 -> rename(e);
            case 3 -> changeField(e, "change type", f -> fields.ofType(f, fields.pick(RandomFields.TYPES))
                    .withRequired(f.required()).withUnique(f.unique() && fields.chance(2)));
            case 4 -> changeField(e, "toggle required", f -> f.withRequired(!f.required()));
            case 5 -> changeField(e, "toggle default", f -> f.withDefaultValue(f.defaultValue() == null
                    ? fields.defaultFor(f) : null));
            case 6 -> changeField(e, "toggle unique", f -> f.withUnique(!f.unique()));
            case 7 -> changeField(e, "change check", f -> fields.ofType(f, f.type()).withRequired(f.required())
                    .withUnique(f.unique()).withIndexed(f.indexed()));
            case 8 -> changeField(e, "toggle indexed", f -> f.withIndexed(!f.indexed()));
            case 9 -> addIndex(e);
            case 10 -> said("drop index", e.withIndexes(dropOne(e.indexes())));
            case 11 -> addRelationship(e);
            case 12 -> dropRelationship(e);
            case 13 -> changeRelationship(e);
            case 14 -> said("rename table", e.withTableName(tableName(e)));
            default -> said("toggle soft delete", e.options().softDelete() ? withoutColumn(e.withOptions(e.options()
                    .withSoftDelete(false)), "deleted_at") : e.withOptions(e.options().withSoftDelete(true)));
        };
    }

    private EntityDefinition rename(EntityDefinition e) {
        List<FieldDefinition> list = e.fields();
        if (list.size() >= 2 && fields.chance(2)) {
            FieldDefinition a = list.get(random.nextInt(list.size()));
            FieldDefinition b = list.get(random.nextInt(list.size()));
            if (a.id().equals(b.id())) {
                throw new IllegalStateException();
            }
            if (fields.chance(2)) { // swap a and b
                return said("swap " + a.name() + " and " + b.name(), renamed(e, Map.of(a.id(), b.name(), b.id(),
                        a.name())));
            } // chain: b takes a fresh name, a takes b's
            String free = fieldName(e);
            return said("chain " + a.name() + "->" + b.name() + "->" + free,
                    renamed(e, Map.of(b.id(), free, a.id(), b.name())));
        }
        FieldDefinition f = anyField(e);
        String to = fieldName(e);
        return said("rename " + f.name() + "->" + to, renamed(e, Map.of(f.id(), to)));
    }

    /** Renames fields (all at once) and follows them in every index, columns and predicate, as a designer would. */
    private static EntityDefinition renamed(EntityDefinition e, Map<String, String> toById) {
        Map<String, String> names = new HashMap<>();
        toById.forEach((id, to) -> names.put(e.field(id).orElseThrow().name(), to));
        List<FieldDefinition> renamedFields = e.fields().stream().map(f -> toById.containsKey(f.id())
                ? f.withName(toById.get(f.id())) : f).toList();
        return e.withFields(renamedFields).withIndexes(renamedInIndexes(e.indexes(), names));
    }

    private static List<IndexDefinition> renamedInIndexes(List<IndexDefinition> indexes, Map<String, String> names) {
        return indexes.stream().map(i -> i.withColumns(i.columns().stream()
                .map(c -> names.getOrDefault(c, c)).toList()).withWhere(i.where() == null ? null
                : Pattern.compile("\\b[a-z0-9_]+\\b").matcher(i.where())
                        .replaceAll(m -> names.getOrDefault(m.group(), m.group())))).toList();
    }

    private EntityDefinition changeField(EntityDefinition e, String what, UnaryOperator<FieldDefinition> change) {
        FieldDefinition f = anyField(e);
        return said(what + " " + f.name(), e.withFieldReplaced(change.apply(f)));
    }

    private EntityDefinition addIndex(EntityDefinition e) {
        FieldDefinition first = anyField(e);
        boolean gin = first.type() == FieldType.JSON || first.type() == FieldType.MULTIPLE_SELECT;
        List<String> columns = new ArrayList<>(List.of(first.name()));
        IndexMethod method = gin ? (fields.chance(2) ? IndexMethod.GIN : IndexMethod.BTREE)
                : fields.chance(4) ? IndexMethod.HASH : IndexMethod.BTREE;
        if (method == IndexMethod.BTREE && fields.chance(2)) {
            FieldDefinition second = anyField(e);
            if (!second.name().equals(first.name())) {
                columns.add(second.name());
            }
        }
        if (method == IndexMethod.BTREE && fields.chance(3)) {
            relationshipColumn(e).filter(c -> !columns.contains(c)).ifPresent(columns::add);
        }
        boolean unique = method == IndexMethod.BTREE && fields.chance(3);
        String where = fields.chance(2) ? where(e) : null;
        IndexDefinition index = new IndexDefinition(fresh("i"), e.tableName() + "_" + fresh("x"), columns, method,
                unique, where);
        List<IndexDefinition> indexes = new ArrayList<>(e.indexes());
        indexes.add(index);
        return said("add index " + index, e.withIndexes(indexes));
    }

    /** A predicate that means the same whatever its columns' types: nullness of one or two columns, or deleted_at. */
    private String where(EntityDefinition e) {
        String first = fields.chance(4) ? relationshipColumn(e).orElse(anyField(e).name()) : anyField(e).name();
        if (e.options().softDelete() && fields.chance(2)) {
            return "deleted_at IS NULL"; // unique among the rows not deleted
        }
        return switch (random.nextInt(5)) {
            case 0 -> first + " IS NULL";
            case 1 -> "NOT (\"" + first + "\" IS NULL)";
            case 2 -> first + " IS NOT NULL AND " + anyField(e).name()
                    + (fields.chance(2) ? " IS NULL" : " IS NOT NULL");
            default -> first + " IS NOT NULL";
        };
    }

    /** A key column a one-to-one or a self one-to-many keeps on the entity's own table, if any. */
    private Optional<String> relationshipColumn(EntityDefinition e) {
        List<String> columns = e.relationships().stream().map(r -> ownColumn(e, r)).filter(c -> c != null).toList();
        return columns.isEmpty() ? Optional.empty() : Optional.of(fields.pick(columns));
    }

    /** The key column {@code r} keeps on {@code e}'s own table, or null. */
    private static String ownColumn(EntityDefinition e, RelationshipDefinition r) {
        if (r.kind() == RelationshipKind.ONE_TO_ONE) {
            return RelationshipNames.oneToOneColumn(r);
        }
        return r.kind() == RelationshipKind.ONE_TO_MANY && r.targetEntity().equals(e.name())
                ? RelationshipNames.oneToManyColumn(e, r) : null;
    }

    private EntityDefinition addRelationship(EntityDefinition e) {
        RelationshipKind kind = fields.pick(List.of(RelationshipKind.ONE_TO_ONE, RelationshipKind.ONE_TO_MANY,
                RelationshipKind.MANY_TO_MANY));
        boolean junction = kind == RelationshipKind.MANY_TO_MANY;
        ReferentialAction onDelete = fields.pick(junction ? ACTIONS.subList(0, 3) : ACTIONS);
        boolean required = onDelete != ReferentialAction.SET_NULL && fields.chance(3);
        String target = fields.chance(4) ? e.name() : helper; // sometimes the entity relates to itself
        RelationshipDefinition r = new RelationshipDefinition(fresh("r"), fresh("r"), "R", kind, target,
                kind == RelationshipKind.ONE_TO_MANY && fields.chance(2) ? fresh("k") + "_id" : null, null,
                onDelete, fields.pick(ACTIONS.subList(0, 2)), required);
        List<RelationshipDefinition> list = new ArrayList<>(e.relationships());
        list.add(r);
        return said("add " + kind + " " + r.name(), e.withRelationships(list));
    }

    private EntityDefinition changeRelationship(EntityDefinition e) {
        if (e.relationships().isEmpty()) {
            throw new IllegalStateException();
        }
        RelationshipDefinition r = e.relationships().get(random.nextInt(e.relationships().size()));
        RelationshipDefinition changed = switch (random.nextInt(4)) {
            case 0 -> r.withName(fresh("r"));
            case 1 -> r.withOnDelete(fields.pick(ACTIONS));
            case 2 -> r.withRequired(!r.required());
            default -> r.kind() == RelationshipKind.MANY_TO_MANY ? r.withJunctionTable(prefix + fresh("j"))
                    : r.withForeignKeyColumn(fresh("k") + "_id");
        };
        EntityDefinition next = e.withRelationships(e.relationships().stream()
                .map(x -> x.id().equals(r.id()) ? changed : x).toList());
        String was = ownColumn(e, r);
        String now = ownColumn(next, changed);
        if (was != null && now != null && !was.equals(now)) { // indexes follow the renamed key column
            next = next.withIndexes(renamedInIndexes(next.indexes(), Map.of(was, now)));
        }
        return said("change relationship " + r.name() + " to " + changed, next);
    }

    private EntityDefinition dropRelationship(EntityDefinition e) {
        if (e.relationships().isEmpty()) {
            throw new IllegalStateException();
        }
        RelationshipDefinition r = e.relationships().get(random.nextInt(e.relationships().size()));
        EntityDefinition next = e.withRelationships(e.relationships().stream().filter(x -> x != r).toList());
        String column = ownColumn(e, r);
        return said("drop relationship " + r.name(), column == null ? next : withoutColumn(next, column));
    }

    private FieldDefinition anyField(EntityDefinition e) {
        if (e.fields().isEmpty()) {
            throw new IllegalStateException();
        }
        return e.fields().get(random.nextInt(e.fields().size()));
    }

    private static EntityDefinition without(EntityDefinition e, FieldDefinition f) {
        return withoutColumn(e.withFieldRemoved(f.id()), f.name());
    }

    /** Drops the indexes that name {@code column}, in their columns or their WHERE, as a designer would. */
    private static EntityDefinition withoutColumn(EntityDefinition e, String column) {
        return e.withIndexes(e.indexes().stream().filter(i -> !i.columns().contains(column)
                && (i.where() == null || !i.where().matches(".*\\b" + column + "\\b.*"))).toList());
    }

    private <T> List<T> dropOne(List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalStateException();
        }
        List<T> copy = new ArrayList<>(items);
        copy.remove(random.nextInt(copy.size()));
        return copy;
    }

    private EntityDefinition said(String what, EntityDefinition result) {
        last = what;
        return result;
    }

    private String fresh(String stem) {
        return stem + counter++;
    }

    /**
     * A name no field of {@code e} has: often one an earlier version used (so archives, renames back and re-adds
     * of the same name are exercised), otherwise a fresh one.
     */
    private String tableName(EntityDefinition e) {
        usedTables.add(e.tableName());
        List<String> free = usedTables.stream().filter(n -> !n.equals(e.tableName())).toList();
        return !free.isEmpty() && fields.chance(2) ? fields.pick(free) : prefix + "m" + counter++;
    }

    private String fieldName(EntityDefinition e) {
        List<String> free = usedNames.stream().filter(n -> e.fieldNamed(n).isEmpty()).toList();
        String name = !free.isEmpty() && fields.chance(2) ? fields.pick(free) : fresh("f");
        if (!usedNames.contains(name)) {
            usedNames.add(name);
        }
        return name;
    }
}
