package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The published version of a definition: 0 means "never published", each publish adds one.
 * A final comparable value class with a factory, after Flyway's MigrationVersion.
 */
public final class DefinitionVersion implements Comparable<DefinitionVersion> {
    public static final DefinitionVersion NONE = new DefinitionVersion(0);

    private final int number;

    private DefinitionVersion(int number) {
        this.number = number;
    }

    @JsonCreator
    public static DefinitionVersion of(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("a version is never negative: " + number);
        }
        return number == 0 ? NONE : new DefinitionVersion(number);
    }

    @JsonValue
    public int number() {
        return number;
    }

    public DefinitionVersion next() {
        return new DefinitionVersion(number + 1);
    }

    public boolean isNone() {
        return number == 0;
    }

    @Override
    public int compareTo(DefinitionVersion other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DefinitionVersion v && v.number == number;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }

    @Override
    public String toString() {
        return "v" + number;
    }
}
