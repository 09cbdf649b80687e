package io.buildify.core.migration;

/**
 * The planner cannot turn this change into SQL, e.g. renaming an entity, making a published entity virtual, or a
 * relationship that would alter another entity's table. The server answers 422 unsupported.
 */
public class UnsupportedChangeException extends RuntimeException {
    public UnsupportedChangeException(String message) {
        super(message);
    }
}
