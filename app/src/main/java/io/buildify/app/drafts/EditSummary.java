package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One line saying what an edit changed, for the edit log ("renamed entity 'a' to 'b'; added field 'email'"). */
final class EditSummary {
    static final int MAX_LENGTH = 1000;

    private EditSummary() {
    }

    static String of(EntityDefinition before, EntityDefinition after) {
        if (before == null) {
            return "created entity " + quoted(after.name());
        }
        List<String> parts = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            parts.add("renamed entity " + quoted(before.name()) + " to " + quoted(after.name()));
        }
        describeFields(before.fields(), after.fields(), parts);
        if (!before.relationships().equals(after.relationships())) {
            parts.add("changed relationships");
        }
        if (!before.indexes().equals(after.indexes())) {
            parts.add("changed indexes");
        }
        EntityDefinition sameListsAndName = after.withName(before.name()).withFields(before.fields())
                .withRelationships(before.relationships()).withIndexes(before.indexes());
        if (!sameListsAndName.equals(before)) {
            parts.add("changed entity settings");
        }
        String summary = parts.isEmpty() ? "no change" : String.join("; ", parts);
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static void describeFields(List<FieldDefinition> before, List<FieldDefinition> after, List<String> out) {
        Map<String, FieldDefinition> old = before.stream()
                .collect(Collectors.toMap(FieldDefinition::id, Function.identity(), (a, b) -> a));
        Map<String, FieldDefinition> now = after.stream()
                .collect(Collectors.toMap(FieldDefinition::id, Function.identity(), (a, b) -> a));
        for (FieldDefinition field : after) {
            FieldDefinition previous = old.get(field.id());
            if (previous == null) {
                out.add("added field " + quoted(field.name()));
            } else if (!previous.name().equals(field.name())) {
                out.add("renamed field " + quoted(previous.name()) + " to " + quoted(field.name()));
            } else if (!previous.equals(field)) {
                out.add("changed field " + quoted(field.name()));
            }
        }
        for (FieldDefinition field : before) {
            if (!now.containsKey(field.id())) {
                out.add("removed field " + quoted(field.name()));
            }
        }
    }

    /** A name as the edit log shows it: in quotes, or "(unnamed)". */
    static String quoted(String name) {
        return name.isBlank() ? "(unnamed)" : "'" + name + "'";
    }
}
