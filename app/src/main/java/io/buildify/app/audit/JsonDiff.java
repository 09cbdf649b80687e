package io.buildify.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.json.JsonCodec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field-level difference of two definitions as stored in the edit log (JSON text). Array items that carry an
 * {@code id} (fields, states, transitions…) are matched by id, so reordering or renaming one field reports that
 * field, not every field after it; they are labelled by {@code name} when they have one ({@code fields[email]}).
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    /**
     * The changed leaves, in document order; null JSON stands for "no definition" (before a creation, after a
     * deletion), so every leaf of the other side is listed.
     *
     * @throws IllegalArgumentException when a side is not JSON, naming which
     */
    public static List<FieldChange> between(String beforeJson, String afterJson) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", parse(beforeJson, "before"), parse(afterJson, "after"), changes);
        return changes;
    }

    private static JsonNode parse(String json, String side) {
        if (json == null) {
            return null;
        }
        try {
            return JsonCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + side + " definition is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
        if (before == null && after == null || before != null && before.equals(after)) {
            return;
        }
        if (isObject(before) || isObject(after)) {
            if (isObject(before) && isObject(after) || before == null || after == null) {
                Set<String> names = new LinkedHashSet<>();
                fieldNames(before, names);
                fieldNames(after, names);
                for (String name : names) {
                    compare(join(path, name), child(before, name), child(after, name), out);
                }
                return;
            }
        } else if (isArray(before) || isArray(after)) {
            if (isArray(before) && isArray(after) || before == null || after == null) {
                compareArrays(path, before, after, out);
                return;
            }
        }
        out.add(new FieldChange(path.isEmpty() ? "(definition)" : path, text(before), text(after)));
    }

    private static void compareArrays(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
        if (keyedById(before) && keyedById(after)) {
            Map<String, JsonNode> old = byId(before);
            Map<String, JsonNode> now = byId(after);
            Set<String> ids = new LinkedHashSet<>(old.keySet());
            ids.addAll(now.keySet());
            for (String id : ids) {
                JsonNode item = now.containsKey(id) ? now.get(id) : old.get(id);
                compare(path + "[" + label(item, id) + "]", old.get(id), now.get(id), out);
            }
            return;
        }
        int size = Math.max(before == null ? 0 : before.size(), after == null ? 0 : after.size());
        for (int i = 0; i < size; i++) {
            compare(path + "[" + i + "]", element(before, i), element(after, i), out);
        }
    }

    private static boolean keyedById(JsonNode array) {
        if (array == null) {
            return true;
        }
        for (JsonNode item : array) {
            if (!item.isObject() || !item.path("id").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (array != null) {
            array.forEach(item -> items.putIfAbsent(item.get("id").asText(), item));
        }
        return items;
    }

    private static String label(JsonNode item, String id) {
        JsonNode name = item.get("name");
        return name != null && name.isTextual() && !name.asText().isBlank() ? name.asText() : id;
    }

    private static void fieldNames(JsonNode node, Set<String> names) {
        if (isObject(node)) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static boolean isArray(JsonNode node) {
        return node != null && node.isArray();
    }

    private static JsonNode child(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }

    private static JsonNode element(JsonNode array, int index) {
        return array == null || index >= array.size() ? null : array.get(index);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() ? FieldChange.ABSENT : node.toString();
    }
}
