package io.buildify.app.audit;

/**
 * One leaf that differs between two versions of a definition: {@code fields[email].max_length} went from
 * {@code 100} to {@code 200}. {@code before} or {@code after} is {@link #ABSENT} when the value was added or removed.
 */
public record FieldChange(String path, String before, String after) {
    public static final String ABSENT = "—";

    /** "fields[email].max_length: 100 → 200", for lists and tests. */
    @Override
    public String toString() {
        return path + ": " + before + " → " + after;
    }
}
