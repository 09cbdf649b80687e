package io.buildify.app.project;

import io.buildify.app.drafts.DraftStore;

import java.nio.file.Path;

/** A real H2 draft store in a test's temporary directory, wrapped as the app's {@link ProjectSession}. */
public final class TestProjects {
    private TestProjects() {
    }

    public static DraftStore openStore(Path dir) {
        return DraftStore.open(dir.resolve("drafts").resolve("drafts"));
    }

    public static ProjectSession session(DraftStore store) {
        return new ProjectSession(store.entities());
    }
}
