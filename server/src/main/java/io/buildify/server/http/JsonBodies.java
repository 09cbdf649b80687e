package io.buildify.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.buildify.core.json.JsonCodec;
import io.buildify.server.ApiException;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Map;

/**
 * Reads request bodies with the shared codec and turns every way JSON can be wrong into a 400 that names the place:
 * {@code definition.fields[0].required: expected a boolean}. The size limit is enforced by Javalin when the body is
 * read (413).
 */
final class JsonBodies {
    private JsonBodies() {
    }

    static <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("the request body is empty; expected a JSON object");
        }
        // A well-formed object of the right shape is read in one pass, without building the tree first; anything
        // else takes the two steps below, which name the problem.
        if (startsAnObject(body)) {
            try {
                T value = JsonCodec.mapper().readValue(body, type);
                if (value != null) {
                    return value;
                }
            } catch (IOException e) {
                // told apart and named below
            }
        }
        return readExplaining(body, type);
    }

    /** Whether the first character that is not white space opens an object (a brace). */
    private static boolean startsAnObject(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '{';
            }
        }
        return false;
    }

    private static <T> T readExplaining(byte[] body, Class<T> type) {
        // Two steps, so syntax errors (with their position) are told apart from well-formed JSON of the wrong shape.
        JsonNode tree;
        try {
            tree = JsonCodec.mapper().readTree(body);
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            throw ApiException.badRequest("malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.badRequest("expected a JSON object as the request body");
        }
        try {
            return JsonCodec.mapper().treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw mappingProblem(e);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body does not fit: " + e.getOriginalMessage());
        }
    }

    private static ApiException mappingProblem(JsonMappingException e) {
        String path = path(e);
        String where = path.isEmpty() ? "the body" : path;
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown property '" + unknown.getPropertyName() + "'"
                    + (path.contains(".") ? " at " + path.substring(0, path.lastIndexOf('.')) : "");
        } else if (e instanceof InvalidFormatException invalid) {
            message = where + ": " + invalid.getValue() + " is not a valid " + simpleName(invalid.getTargetType());
        } else if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            String reason = cause == null || cause.getMessage() == null ? e.getOriginalMessage() : cause.getMessage();
            message = where + ": " + (cause instanceof NullPointerException ? "missing required value '"
                    + reason + "'" : reason);
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Cannot map `null`")) {
            message = where + ": a value is required";
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = where + ": expected " + expected(mismatched.getTargetType());
        } else {
            message = where + ": " + firstLine(e.getOriginalMessage());
        }
        return ApiException.badRequest(message, Map.of("path", path));
    }

    /** {@code definition.fields[0].required}, from Jackson's reference chain. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of the known " + simpleName(type) + " values";
        }
        return "a JSON object (" + simpleName(type) + ")";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
