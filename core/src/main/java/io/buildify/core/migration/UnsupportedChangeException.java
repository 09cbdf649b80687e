package io.buildify.core.migration;

/**
 * The planner cannot (yet) turn this change into SQL, e.g. an ALTER of a published entity before the migration
 * engine exists, or a relationship that would alter another entity's table. The server answers 422 unsupported.
 */
public class UnsupportedChangeException extends RuntimeException {
    public UnsupportedChangeException(String message) {
        super(message);
    }
}
