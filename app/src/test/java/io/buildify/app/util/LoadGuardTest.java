package io.buildify.app.util;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading a snapshot is not an edit, also when loads nest or a load fails; the user's changes are. */
class LoadGuardTest {
    private final LoadGuard guard = new LoadGuard();
    private final StringProperty name = new SimpleStringProperty("");
    private final List<String> edits = new ArrayList<>();

    LoadGuardTest() {
        guard.onEdit(name, edits::add);
    }

    @Test
    void changesInsideALoadAreNotEditsAndChangesOutsideAre() {
        guard.load(() -> name.set("from_model"));
        name.set("typed");
        assertThat(edits).containsExactly("typed");
        assertThat(guard.isLoading()).isFalse();
    }

    @Test
    void aNestedLoadDoesNotEndTheOuterOne() {
        guard.load(() -> {
            guard.load(() -> name.set("inner"));
            name.set("outer");
            assertThat(guard.isLoading()).isTrue();
        });
        assertThat(edits).isEmpty();
    }

    @Test
    void aFailingLoadStillEndsTheLoad() {
        try {
            guard.load(() -> {
                throw new IllegalStateException("broken snapshot");
            });
        } catch (IllegalStateException expected) {
            // the editor reports it; the next user change must still count
        }
        name.set("typed");
        assertThat(edits).containsExactly("typed");
    }
}
