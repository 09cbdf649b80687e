package io.buildify.core.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;

/**
 * One finding of a validator. {@code path} names the offending property the way the JSON spells it, e.g.
 * {@code name}, {@code table_name}, {@code fields[2].max_length}, {@code indexes[0].columns[1]}; an empty path
 * means the definition as a whole. Errors block publishing; warnings are shown but do not.
 */
public record ValidationProblem(String path, String message, Severity severity) {

    /** How serious a problem is. Wire form: {@code error} / {@code warning}. */
    public enum Severity {
        ERROR, WARNING;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Severity fromCode(String code) {
            for (Severity value : values()) {
                if (value.name().equalsIgnoreCase(code)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("unknown severity '" + code + "'");
        }
    }

    public ValidationProblem {
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public static ValidationProblem error(String path, String message) {
        return new ValidationProblem(path, message, Severity.ERROR);
    }

    public static ValidationProblem warning(String path, String message) {
        return new ValidationProblem(path, message, Severity.WARNING);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + (isError() ? "" : " (warning)");
    }
}
