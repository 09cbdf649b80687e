package io.buildify.core.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.buildify.core.json.JsonCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a field's textual {@code default_value} is read, shared by the validator and the migration planner.
 * A multiple_select default is a JSON array of strings ({@code ["a","b"]}), because allowed values may contain
 * commas. Date, datetime and time fields accept the word {@code now} for "when the row is inserted".
 */
public final class DefaultValues {
    public static final String NOW = "now";

    private DefaultValues() {
    }

    public static boolean isNow(String value) {
        return value != null && NOW.equals(value.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Reads a multiple_select default.
     *
     * @throws IllegalArgumentException when the text is not a JSON array of strings
     */
    public static List<String> parseList(String value) {
        JsonNode node;
        try {
            node = JsonCodec.mapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a multiple_select default must be a JSON array such as [\"a\",\"b\"]");
        }
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("a multiple_select default must be a JSON array such as [\"a\",\"b\"]");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException("a multiple_select default holds strings only, not " + element);
            }
            values.add(element.asText());
        }
        return List.copyOf(values);
    }
}
