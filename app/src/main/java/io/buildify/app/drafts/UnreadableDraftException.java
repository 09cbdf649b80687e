package io.buildify.app.drafts;

/**
 * A stored JSON column could not be read back as a definition. Besides the full message ("the stored definition of
 * entity 'a' (1) cannot be read: line 1, column 17: unexpected end of JSON") it keeps the bare {@link #problem()},
 * which the list of damaged drafts shows.
 */
public class UnreadableDraftException extends DraftStoreException {
    private final String what;
    private final String problem;

    UnreadableDraftException(String what, String problem, Throwable cause) {
        super("the stored " + what + " cannot be read: " + problem, cause);
        this.what = what;
        this.problem = problem;
    }

    /** The column and draft that failed: "published snapshot of entity 'a' (1)". */
    public String what() {
        return what;
    }

    /** What is wrong with the text, with its line and column when known. */
    public String problem() {
        return problem;
    }
}
