package io.buildify.core.model;

/** A column every entity table has, shown read-only in the wizard. {@code sqlType} is the PostgreSQL type. */
public record SystemField(String name, String label, String sqlType, boolean nullable) {
}
