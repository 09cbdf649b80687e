package io.buildify.server.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.buildify.core.json.JsonCodec;

import java.io.UncheckedIOException;

/** Moves values in and out of {@code jsonb} columns through the shared codec (bound as text, cast in SQL). */
final class Jsonb {
    private Jsonb() {
    }

    static String write(Object value) {
        try {
            return JsonCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JsonCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the catalog holds JSON that no longer reads as " + type.getSimpleName(), e);
        }
    }

    static <T> T read(String json, JavaType type) {
        try {
            return JsonCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the catalog holds JSON that no longer reads as " + type, e);
        }
    }
}
