package io.buildify.app.drafts;

/** Where a draft stands against its last published version. */
public enum DraftStatus {
    /** Never published. */
    DRAFT("Draft"),
    /** Identical to the last published version. */
    PUBLISHED("Published"),
    /** Published once, edited since. */
    CHANGED("Changed");

    private final String displayName;

    DraftStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
