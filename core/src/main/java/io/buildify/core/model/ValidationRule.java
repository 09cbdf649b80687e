package io.buildify.core.model;

/**
 * An extra rule on a field's values, checked by the runtime: {@code type} is e.g. "regex" or "range",
 * {@code value} its argument, {@code message} what the user is told when it fails.
 */
public record ValidationRule(String type, String value, String message) {
}
