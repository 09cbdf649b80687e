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

    /** DRAFT if never published ({@code publishedSnapshot} null), PUBLISHED if equal to it, CHANGED otherwise. */
    public static DraftStatus of(Object definition, Object publishedSnapshot) {
        if (publishedSnapshot == null) {
            return DRAFT;
        }
        return definition.equals(publishedSnapshot) ? PUBLISHED : CHANGED;
    }

    public String displayName() {
        return displayName;
    }
}
