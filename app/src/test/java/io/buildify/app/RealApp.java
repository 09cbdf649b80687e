package io.buildify.app;

import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/** The real app, started headless by TestFX on a data directory of the test's own, and stopped again. */
final class RealApp {
    /** A server address nothing listens on: the app starts offline without trying to start its own server. */
    static final String NO_SERVER = "--server-url=http://127.0.0.1:1";

    private RealApp() {
    }

    static BuildifyApp launch(Path dataHome, String... args) throws TimeoutException {
        System.setProperty("buildify.home", dataHome.toString());
        FxToolkit.registerPrimaryStage();
        return (BuildifyApp) FxToolkit.setupApplication(BuildifyApp.class, args);
    }

    /** Stops {@code app} (if it was started) and closes its windows. */
    static void stop(BuildifyApp app) throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("buildify.home");
    }
}
