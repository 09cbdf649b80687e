package io.buildify.app.ui;

import io.buildify.app.main.MainView;
import io.buildify.app.main.MainViewModel;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;

import java.util.concurrent.TimeoutException;

/** The app's main window for a view model, styled and with its shortcuts as the app shows it, on TestFX's stage. */
public final class MainWindowScene {
    private MainWindowScene() {
    }

    /** Shows it (1280×800, Monocle's headless screen) in front; returns its scene. */
    public static Scene show(MainViewModel viewModel) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Theme.applyUserAgentStylesheet();
        Scene scene = FxToolkit.setupFixture(() -> {
            Scene created = new Scene(new MainView(viewModel), 1280, 800);
            created.getStylesheets().add(Theme.appStylesheet());
            return created;
        });
        FxToolkit.setupStage(stage -> {
            stage.setScene(scene);
            ((MainView) scene.getRoot()).installAccelerators();
            stage.show();
            stage.toFront();
        });
        return scene;
    }

    /** Hides it again, at the end of a test class. */
    public static void hide() throws TimeoutException {
        FxToolkit.setupStage(stage -> stage.hide());
    }
}
