package io.buildify.app.settings;

import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.Theme;
import io.buildify.app.util.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings dialog's content rendered headless: it binds to its ViewModel both ways. */
class SettingsViewTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void remoteChoiceShowsTheUrlProblemAndTheTestAnswer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SettingsViewModel viewModel = new SettingsViewModel(dataDir, dataDir.resolve("drafts/drafts.mv.db"),
                TaskRunner.direct());
        FxToolkit.registerPrimaryStage();
        Theme.applyUserAgentStylesheet();
        Scene scene = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            StackPane root = new StackPane(new SettingsView(viewModel));
            root.setStyle("-fx-padding: 16");
            Scene content = new Scene(root);
            content.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(content);
            stage.show();
            return content;
        });
        Button test = robot.lookup("#testConnectionButton").queryAs(Button.class);
        assertThat(test.isDisabled()).isTrue();
        assertThat(robot.lookup("#draftStoreLocation").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.resolve("drafts/drafts.mv.db").toString());

        robot.clickOn("#remoteServerChoice");
        robot.clickOn("#serverUrlField").write("localhost:8080");
        assertThat(viewModel.remoteProperty().get()).isTrue();
        assertThat(robot.lookup("#serverUrlProblem").queryAs(Label.class).getText())
                .isEqualTo("The URL must start with http:// or https://");
        Screenshots.write(scene, "settings-invalid-url.png");

        FxToolkit.setupFixture(() -> viewModel.urlProperty().set("http://127.0.0.1:" + closedPort));
        assertThat(robot.lookup("#serverUrlProblem").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#testConnectionButton");
        assertThat(robot.lookup("#testConnectionResult").queryAs(Label.class).getText()).startsWith("Unreachable: ");
        Screenshots.write(scene, "settings.png");
    }
}
