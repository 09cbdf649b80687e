package io.buildify.app;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.drafts.DraftsInUseException;
import io.buildify.app.main.MainView;
import io.buildify.app.settings.DesignerName;
import io.buildify.app.ui.Theme;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JavaFX application: opens the draft store, builds the main window and starts the server connection in the
 * background (the window is usable at once; drafting works offline). Closing the window saves the open draft and
 * stops the in-process server. Started through {@link Launcher}.
 */
public final class BuildifyApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(BuildifyApp.class);

    /** The installer's icon (installer/src/jpackage/linux), in the sizes title bars and task switchers ask for. */
    static final List<String> ICONS = List.of("icon-32.png", "icon-64.png", "icon-256.png");

    private AppArguments arguments = new AppArguments(Optional.empty(), false, Optional.empty());
    private AppContext context;
    private SmokeTest smokeTest;

    @Override
    public void start(Stage stage) {
        try {
            arguments = AppArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            fail("Invalid command line", e.getMessage());
            return;
        }
        Theme.applyUserAgentStylesheet();
        AppDirectories directories = AppDirectories.resolve();
        LOG.info("Data directory: {}", directories.dataDir());
        DraftStore drafts;
        try {
            drafts = DraftStore.open(directories.draftsDb(),
                    DesignerName.effective(directories.dataDir(), DraftStore.osUser()));
        } catch (DraftsInUseException e) {
            fail("Buildify Designer is already open", "The drafts are in use by another Buildify Designer window. "
                    + "Close it and start again.\n\n" + e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("Opening the draft store failed", e);
            fail("The drafts could not be opened", e.getMessage() + "\n\nData directory: "
                    + directories.dataDir());
            return;
        }
        context = new AppContext(directories, drafts, arguments);

        MainView view = new MainView(context.mainViewModel());
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setTitle("Buildify Designer");
        stage.getIcons().setAll(icons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        view.installAccelerators();
        view.setSettings(context::settings);
        view.setAuditTrail(context.auditTrail());
        view.setDamagedDrafts(context.damagedDrafts());
        stage.show();
        // A file opened from the file manager (the installer's .buildify.json association) is imported once the
        // window shows (after start() returns), so the replace/rename/skip question and a refusal have a window.
        arguments.openFile().ifPresent(file -> Platform.runLater(() -> view.importFile(file)));
        if (arguments.smokeTest()) {
            smokeTest = SmokeTest.watch(context.server());
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        if (smokeTest != null) {
            // The in-process server is down now; end with the smoke test's verdict.
            System.exit(smokeTest.exitCode());
        }
    }

    /** The running app's services; null before {@link #start} finished or when it failed. Used by tests. */
    public AppContext context() {
        return context;
    }

    /** The window icons, loaded from this package's resources. */
    static List<Image> icons() {
        return ICONS.stream().map(name -> {
            try (InputStream in = Objects.requireNonNull(BuildifyApp.class.getResourceAsStream(name),
                    () -> "missing resource " + name)) {
                return new Image(in);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the icon " + name, e);
            }
        }).toList();
    }

    private void fail(String title, String message) {
        if (arguments.smokeTest()) {
            System.out.println("SMOKE FAILED: " + title + ": " + message);
            System.exit(1);
        }
        LOG.error("{}: {}", title, message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.setTitle("Buildify Designer");
        alert.setHeaderText(title);
        alert.showAndWait();
        Platform.exit();
    }
}
