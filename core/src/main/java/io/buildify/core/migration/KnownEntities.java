package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.RelationshipKind;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The other entities a plan may refer to: the server passes the published definitions, the app its drafts for an
 * offline preview. The planner needs them for tables it does not own: a one-to-many relationship adds its foreign
 * key column to the target's table, so the target must exist and must not already have a column of that name.
 */
public interface KnownEntities {
    /** The definition of the entity named {@code name}, if known. */
    Optional<EntityDefinition> find(String name);

    /**
     * The known entities other than {@code target} that declare a one-to-many relationship to {@code target} (so
     * their key columns are on its table). A catalog may answer this with one query instead of reading every
     * definition.
     */
    Collection<EntityDefinition> pointingAt(String target);

    static KnownEntities of(Collection<EntityDefinition> definitions) {
        Map<String, EntityDefinition> byName = new LinkedHashMap<>();
        for (EntityDefinition definition : definitions) {
            byName.put(Objects.requireNonNull(definition, "definition").name(), definition);
        }
        List<EntityDefinition> all = List.copyOf(byName.values());
        return new KnownEntities() {
            @Override
            public Optional<EntityDefinition> find(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public Collection<EntityDefinition> pointingAt(String target) {
                return all.stream().filter(d -> !d.name().equals(target) && d.relationships().stream()
                        .anyMatch(r -> r.kind() == RelationshipKind.ONE_TO_MANY && r.targetEntity().equals(target)))
                        .toList();
            }
        };
    }

    /** Nothing known: every one-to-many relationship to another entity is refused. */
    static KnownEntities none() {
        return of(List.of());
    }
}
