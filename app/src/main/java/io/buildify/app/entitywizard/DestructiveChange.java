package io.buildify.app.entitywizard;

import io.buildify.core.migration.MigrationStep;

import java.util.Objects;

/**
 * A step of a migration that the designer must confirm before publishing, with the sentence the confirmation
 * dialog shows. Archiving keeps the data (the column or table is renamed aside), dropping loses it, narrowing a
 * type may cut values; the wording says which.
 *
 * @param kind   the step kind's code, e.g. {@code archive_column}
 * @param object what it touches, e.g. {@code customer.phone}
 */
public record DestructiveChange(String kind, String object, boolean keepsData, String sentence) {

    public DestructiveChange {
        Objects.requireNonNull(kind, "kind");
        object = object == null ? "" : object;
        Objects.requireNonNull(sentence, "sentence");
    }

    public static DestructiveChange of(MigrationStep step) {
        return of(step.kind().code(), step.object());
    }

    /** Describes a step the server or the planner named by kind code and object. */
    public static DestructiveChange of(String kind, String object) {
        String what = object == null || object.isBlank() ? "this object" : object;
        return switch (kind) {
            case "archive_column" -> new DestructiveChange(kind, object, true, "Archive column " + what
                    + ": it leaves the table (renamed aside with a timestamp); its data is kept there.");
            case "archive_table" -> new DestructiveChange(kind, object, true, "Archive table " + what
                    + ": renamed aside with a timestamp; its rows are kept there.");
            case "drop_column" -> new DestructiveChange(kind, object, false, "Drop column " + what
                    + ": its data is deleted for good.");
            case "drop_table", "drop_junction_table" -> new DestructiveChange(kind, object, false, "Drop table "
                    + what + ": all its rows are deleted for good.");
            case "alter_column_type" -> new DestructiveChange(kind, object, false, "Narrow the type of " + what
                    + ": values that do not fit the new type would be cut or refused.");
            default -> new DestructiveChange(kind, object, false, kind.replace('_', ' ') + " " + what
                    + ": may lose data.");
        };
    }
}
