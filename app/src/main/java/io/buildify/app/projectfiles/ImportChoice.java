package io.buildify.app.projectfiles;

/** What to do with an imported definition whose name (or id) a draft already has. */
public enum ImportChoice {
    /** The imported definition becomes the draft's content; the draft keeps its id, base version and history. */
    REPLACE,
    /** Imported as a new draft with a free name ({@code name_2}, …) and a new id. */
    RENAME,
    /** Left out; the existing draft stays as it is. */
    SKIP
}
