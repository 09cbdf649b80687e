package io.buildify.app.main;

import io.buildify.app.entitywizard.EntityDocument;
import io.buildify.app.entitywizard.EntityWizardViewModel;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

/**
 * Saves a pending text edit once typing pauses, so the status bar's "Saving…" turns into "All changes saved"
 * without leaving the field (Enter, focus loss and Ctrl+S still save at once). Each keystroke restarts the pause,
 * so a word is saved whole and undo steps back over it as one edit.
 */
final class Autosave {
    /** The pause, in ms; {@code -Dbuildify.autosave.ms=0} turns autosave off (the app's UI tests, see app/pom.xml). */
    static final String IDLE_PROPERTY = "buildify.autosave.ms";

    private final PauseTransition pause;
    private final ChangeListener<Object> restart = (obs, old, now) -> restart();
    private EntityDocument watched;

    private Autosave(MainViewModel viewModel, long idleMillis) {
        pause = new PauseTransition(Duration.millis(idleMillis));
        pause.setOnFinished(event -> viewModel.commit());
        viewModel.wizardProperty().addListener((obs, old, now) -> watch(now));
        watch(viewModel.wizardProperty().get());
    }

    /** Starts saving the open entity's pending edits after a pause in typing (1.5 s, or {@link #IDLE_PROPERTY}). */
    static void install(MainViewModel viewModel) {
        long idle = Long.getLong(IDLE_PROPERTY, 1500);
        if (idle > 0) {
            new Autosave(viewModel, idle);
        }
    }

    private void watch(EntityWizardViewModel wizard) {
        pause.stop();
        if (watched != null) {
            watched.definitionProperty().removeListener(restart);
        }
        watched = wizard == null ? null : wizard.document();
        if (watched != null) {
            watched.definitionProperty().addListener(restart);
        }
    }

    private void restart() {
        if (watched != null && watched.dirtyProperty().get()) {
            pause.playFromStart();
        } else {
            pause.stop();
        }
    }
}
