package io.buildify.app.entitywizard;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.EntityDraft;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.validation.ValidationProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need the other entities of the project (the core validator sees one entity only): a relationship
 * must point at an entity of the project (error: its foreign key needs that table), and a relationship or lookup
 * whose target was never published is a warning about publish order — the target's table must exist first.
 */
final class ProjectChecks {
    private ProjectChecks() {
    }

    static List<ValidationProblem> of(List<EntityDraft> drafts, EntityDefinition current) {
        if (current.relationships().isEmpty() && current.fields().stream().noneMatch(f -> f.type() == FieldType.LOOKUP)) {
            return List.of();
        }
        Map<String, DraftStatus> statusByName = new HashMap<>();
        drafts.stream().filter(d -> !d.definition().id().equals(current.id()))
                .forEach(d -> statusByName.putIfAbsent(d.definition().name(), d.status()));
        List<ValidationProblem> found = new ArrayList<>();
        List<RelationshipDefinition> relationships = current.relationships();
        for (int i = 0; i < relationships.size(); i++) {
            String target = relationships.get(i).targetEntity();
            String path = "relationships[" + i + "].target_entity";
            if (target == null || target.isBlank() || target.equals(current.name())) {
                continue;
            }
            if (!statusByName.containsKey(target)) {
                found.add(ValidationProblem.error(path, "there is no entity named '" + target + "' in this project"));
            } else if (statusByName.get(target) == DraftStatus.DRAFT) {
                found.add(ValidationProblem.warning(path, notPublished(target)));
            }
        }
        List<FieldDefinition> fields = current.fields();
        for (int i = 0; i < fields.size(); i++) {
            String target = fields.get(i).lookupEntity();
            if (fields.get(i).type() == FieldType.LOOKUP && target != null && !target.equals(current.name())
                    && statusByName.get(target) == DraftStatus.DRAFT) {
                found.add(ValidationProblem.warning("fields[" + i + "].lookup_entity", notPublished(target)));
            }
        }
        return found;
    }

    private static String notPublished(String target) {
        return "'" + target + "' is not published yet: publish it first, its table must exist before this one "
                + "can point at it";
    }
}
