package io.buildify.app;

import io.buildify.app.server.ServerConnection;
import io.buildify.app.server.ServerState;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * {@code --smoke-test}: waits until the window is up and the server answers, prints {@code SMOKE OK} (or
 * {@code SMOKE FAILED: reason}) on standard output and closes the app, whose exit code then says the same.
 */
final class SmokeTest {
    static final Duration TIMEOUT = Duration.minutes(2);

    private int exitCode = 1;
    private boolean done;

    private SmokeTest() {
    }

    static SmokeTest watch(ServerConnection server) {
        SmokeTest smoke = new SmokeTest();
        server.stateProperty().addListener((obs, old, now) -> smoke.check(server, now));
        PauseTransition timeout = new PauseTransition(TIMEOUT);
        timeout.setOnFinished(event -> smoke.finish(false, "server not ready after " + TIMEOUT.toSeconds() + " s"));
        timeout.play();
        smoke.check(server, server.stateProperty().get());
        return smoke;
    }

    int exitCode() {
        return exitCode;
    }

    private void check(ServerConnection server, ServerState state) {
        if (state == ServerState.READY) {
            finish(true, server.messageProperty().get());
        } else if (state == ServerState.FAILED) {
            finish(false, server.messageProperty().get());
        }
    }

    private void finish(boolean ok, String detail) {
        if (done) {
            return;
        }
        done = true;
        exitCode = ok ? 0 : 1;
        // Standard output on purpose: this line is the contract with installer tests, not a log message.
        System.out.println(ok ? "SMOKE OK" : "SMOKE FAILED: " + detail);
        System.out.flush();
        Platform.exit();
    }
}
