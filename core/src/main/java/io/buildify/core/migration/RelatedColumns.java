package io.buildify.core.migration;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;
import io.buildify.core.validation.InvalidDefinitionException;
import io.buildify.core.validation.RelationshipNames;
import io.buildify.core.validation.ValidationProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The checks that need other entities: a one-to-many relationship puts a column on its target's table, so the
 * target must be known (published) and free of that column name; and an entity must not take a column name that
 * another entity's one-to-many relationship already put on its table. Said before planning, with the path of the
 * offending element, instead of letting PostgreSQL fail at publish time.
 */
final class RelatedColumns {
    private RelatedColumns() {
    }

    static void check(EntityDefinition next, KnownEntities known) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<RelationshipDefinition> relationships = next.relationships();
        for (int i = 0; i < relationships.size(); i++) {
            RelationshipDefinition relationship = relationships.get(i);
            if (relationship.kind() != RelationshipKind.ONE_TO_MANY
                    || relationship.targetEntity().equals(next.name())) {
                continue; // a self-reference is checked by the validator, against the entity's own columns
            }
            String column = RelationshipNames.oneToManyColumn(next, relationship);
            Optional<EntityDefinition> target = known.find(relationship.targetEntity());
            if (target.isEmpty()) {
                throw new UnsupportedChangeException("relationships[" + i + "] '" + relationship.name() + "': a "
                        + "one_to_many relationship adds the column '" + column + "' to the table of entity '"
                        + relationship.targetEntity() + "', which is not published yet; publish '"
                        + relationship.targetEntity() + "' first");
            }
            String path = "relationships[" + i + "].foreign_key_column";
            owner(target.get(), column, known, next.name()).ifPresent(what -> problems.add(ValidationProblem.error(
                    path, "the table of '" + relationship.targetEntity() + "' already has a "
                    + "column '" + column + "' (" + what + "); choose another foreign_key_column")));
        }
        Collection<EntityDefinition> pointing = next.fields().isEmpty() ? List.of() : known.pointingAt(next.name());
        for (int i = 0; i < next.fields().size(); i++) {
            String name = next.fields().get(i).name();
            Optional<String> incoming = incoming(next, name, pointing, next.name());
            int index = i;
            incoming.ifPresent(what -> problems.add(ValidationProblem.error("fields[" + index + "].name",
                    "the column '" + name + "' already holds " + what + "; choose another name")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
    }

    /** What already holds {@code column} on {@code target}'s table, ignoring the relationships of {@code except}. */
    private static Optional<String> owner(EntityDefinition target, String column, KnownEntities known,
                                          String except) {
        if (ownColumns(target).contains(column)) {
            return Optional.of("a column of '" + target.name() + "' itself");
        }
        return incoming(target, column, known.pointingAt(target.name()), except);
    }

    /** The one-to-many relationship of another entity (not {@code except}) that put {@code column} on the table. */
    private static Optional<String> incoming(EntityDefinition target, String column,
                                             Collection<EntityDefinition> pointing, String except) {
        for (EntityDefinition source : pointing) {
            if (source.name().equals(except)) {
                continue;
            }
            for (RelationshipDefinition r : source.relationships()) {
                if (r.kind() == RelationshipKind.ONE_TO_MANY && r.targetEntity().equals(target.name())
                        && RelationshipNames.oneToManyColumn(source, r).equals(column)) {
                    return Optional.of("the one_to_many relationship '" + r.name() + "' of entity '" + source.name()
                            + "'");
                }
            }
        }
        return Optional.empty();
    }

    /** The columns an entity's own definition puts on its table. */
    private static List<String> ownColumns(EntityDefinition entity) {
        List<String> columns = new ArrayList<>(SystemFields.of(entity).stream().map(SystemField::name).toList());
        entity.fields().forEach(field -> columns.add(field.name()));
        for (RelationshipDefinition r : entity.relationships()) {
            if (r.kind() == RelationshipKind.ONE_TO_ONE) {
                columns.add(RelationshipNames.oneToOneColumn(r));
            } else if (r.kind() == RelationshipKind.ONE_TO_MANY && r.targetEntity().equals(entity.name())) {
                columns.add(RelationshipNames.oneToManyColumn(entity, r));
            }
        }
        return columns;
    }
}
