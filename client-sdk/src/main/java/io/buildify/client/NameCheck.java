package io.buildify.client;

/**
 * Answer of a name check: whether the name may be used and, if not, why (e.g. "'select' is a PostgreSQL reserved
 * word"). {@code message} may be null when the name is valid.
 */
public record NameCheck(boolean valid, String message) {
}
