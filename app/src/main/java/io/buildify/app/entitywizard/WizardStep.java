package io.buildify.app.entitywizard;

import java.util.function.Predicate;

/**
 * The five steps of the entity wizard in order (SPEC §1). Each step owns the problem paths of the settings it
 * shows, which is what decides whether "Next" is allowed.
 */
public enum WizardStep {
    BASIC_INFO("Basic info", path -> !path.startsWith("fields") && !path.startsWith("relationships")
            && !path.startsWith("indexes")),
    FIELDS("Fields", path -> path.startsWith("fields")),
    RELATIONSHIPS("Relationships", path -> path.startsWith("relationships")),
    INDEXES("Indexes", path -> path.startsWith("indexes")),
    PREVIEW("Preview & publish", path -> false);

    private final String title;
    private final Predicate<String> ownsPath;

    WizardStep(String title, Predicate<String> ownsPath) {
        this.title = title;
        this.ownsPath = ownsPath;
    }

    public String title() {
        return title;
    }

    /** True if a problem at {@code path} belongs to this step. */
    public boolean owns(String path) {
        return ownsPath.test(path);
    }

    public int number() {
        return ordinal() + 1;
    }
}
