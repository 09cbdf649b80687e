package io.buildify.app.eroverview;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.EntityDraft;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the ER overview shows, computed from the drafts without any JavaFX: one box per entity (label, status, key
 * fields) and one link per relationship or lookup field. A link to an entity that is not in the project points to
 * a "missing" box named after it, so a typo in a target is seen rather than silently dropped.
 */
public record ErGraph(List<Box> boxes, List<Link> links) {
    /** Key fields shown in a box at most; the rest is summed up as "+n more". */
    static final int MAX_KEY_FIELDS = 4;

    /** An entity box; {@code entityId} is null for a missing target, whose {@code status} is then null too. */
    public record Box(String key, String entityId, String name, String label, DraftStatus status,
                      List<String> keyFields) {
        public boolean missing() {
            return entityId == null;
        }

        /** The box's text: the label (or name), then one line per key field. */
        public String text() {
            String title = missing() ? name + " (not in project)" : label.isBlank() ? name : label;
            return keyFields.isEmpty() ? title : title + "\n" + String.join("\n", keyFields);
        }
    }

    /** A relationship from one box to another, labelled 1:N, 1:1, N:M or N:1 (a lookup field). */
    public record Link(String sourceKey, String targetKey, String kindLabel, String name) {
    }

    public static ErGraph of(List<EntityDraft> drafts) {
        List<EntityDraft> sorted = drafts.stream()
                .sorted(Comparator.comparing((EntityDraft d) -> d.definition().name())).toList();
        Map<String, EntityDraft> byName = sorted.stream().filter(d -> !d.definition().name().isBlank())
                .collect(Collectors.toMap(d -> d.definition().name(), Function.identity(), (a, b) -> a));
        List<Box> boxes = new ArrayList<>();
        for (EntityDraft draft : sorted) {
            EntityDefinition entity = draft.definition();
            boxes.add(new Box(keyOf(entity.id()), entity.id(), entity.name(), entity.label(), draft.status(),
                    keyFields(entity)));
        }
        Set<String> missing = new LinkedHashSet<>();
        List<Link> links = new ArrayList<>();
        for (EntityDraft draft : sorted) {
            EntityDefinition entity = draft.definition();
            for (RelationshipDefinition relationship : entity.relationships()) {
                links.add(link(entity, relationship.targetEntity(), kindLabel(relationship.kind()),
                        relationship.name(), byName, missing));
            }
            for (FieldDefinition field : entity.fields()) {
                if (field.type() == FieldType.LOOKUP) {
                    links.add(link(entity, field.lookupEntity(), "N:1", field.name(), byName, missing));
                }
            }
        }
        links.removeIf(link -> link.targetKey() == null);
        missing.forEach(name -> boxes.add(new Box(missingKey(name), null, name, "", null, List.of())));
        return new ErGraph(List.copyOf(boxes), List.copyOf(links));
    }

    public static String kindLabel(RelationshipKind kind) {
        return switch (kind) {
            case ONE_TO_MANY -> "1:N";
            case ONE_TO_ONE -> "1:1";
            case MANY_TO_MANY -> "N:M";
        };
    }

    private static Link link(EntityDefinition source, String target, String kind, String name,
                             Map<String, EntityDraft> byName, Set<String> missing) {
        if (target == null || target.isBlank()) {
            return new Link(keyOf(source.id()), null, kind, name); // not chosen yet: nothing to draw
        }
        EntityDraft found = byName.get(target);
        if (found == null) {
            missing.add(target);
            return new Link(keyOf(source.id()), missingKey(target), kind, name);
        }
        return new Link(keyOf(source.id()), keyOf(found.definition().id()), kind, name);
    }

    /** The primary (title) field first, then unique, required and lookup fields, in display order. */
    static List<String> keyFields(EntityDefinition entity) {
        List<FieldDefinition> key = new ArrayList<>();
        entity.fieldNamed(entity.primaryField() == null ? "" : entity.primaryField()).ifPresent(key::add);
        entity.fields().stream()
                .filter(f -> f.unique() || f.required() || f.type() == FieldType.LOOKUP)
                .filter(f -> !key.contains(f)).forEach(key::add);
        List<String> lines = new ArrayList<>();
        for (FieldDefinition field : key.subList(0, Math.min(MAX_KEY_FIELDS, key.size()))) {
            String marks = (field.name().equals(entity.primaryField()) ? " ★" : "") + (field.unique() ? " unique" : "");
            lines.add(field.name() + " · " + field.type().code() + marks);
        }
        if (key.size() > MAX_KEY_FIELDS) {
            lines.add("+" + (key.size() - MAX_KEY_FIELDS) + " more");
        }
        return lines;
    }

    private static String keyOf(String entityId) {
        return "entity:" + entityId;
    }

    private static String missingKey(String name) {
        return "missing:" + name;
    }
}
