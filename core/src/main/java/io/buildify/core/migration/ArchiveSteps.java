package io.buildify.core.migration;

/** Renaming a table aside and back: shared by removed junction tables and archived entities. */
final class ArchiveSteps {
    private ArchiveSteps() {
    }

    /**
     * A junction table goes aside with its primary key: the key's index shares the namespace of tables and
     * indexes, so a new junction table of the same name could not be created later under the old key name.
     */
    static MigrationStep junction(String name, String archived) {
        String pkey = ConstraintNames.of(name, "pkey");
        String archivedKey = ConstraintNames.of(archived, "pkey");
        String up = renameTable(name, archived) + "\nALTER TABLE " + SqlIdentifiers.quote(archived)
                + " RENAME CONSTRAINT " + SqlIdentifiers.quote(pkey) + " TO " + SqlIdentifiers.quote(archivedKey) + ";";
        String down = "ALTER TABLE " + SqlIdentifiers.quote(archived) + " RENAME CONSTRAINT "
                + SqlIdentifiers.quote(archivedKey) + " TO " + SqlIdentifiers.quote(pkey) + ";\n"
                + renameTable(archived, name);
        return new MigrationStep(StepKind.ARCHIVE_TABLE, name, up, down, true);
    }

    static String renameTable(String from, String to) {
        return "ALTER TABLE " + SqlIdentifiers.quote(from) + " RENAME TO " + SqlIdentifiers.quote(to) + ";";
    }
}
