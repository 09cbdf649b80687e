package io.buildify.app.settings;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Theme;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The Settings dialog's content: which server to publish to (embedded or a remote URL with a token), a "Test
 * connection" button with its answer in words, and where the drafts are kept. It only binds to the
 * {@link SettingsViewModel}.
 */
public final class SettingsView extends VBox {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    public SettingsView(SettingsViewModel viewModel) {
        super(14);
        setId("settingsView");
        setPadding(new Insets(4, 4, 4, 4));
        setPrefWidth(560);

        Label serverTitle = title("Server");
        ToggleGroup group = new ToggleGroup();
        RadioButton embedded = new RadioButton("Embedded server (default): runs in the app on this computer");
        embedded.setId("embeddedServerChoice");
        embedded.setToggleGroup(group);
        RadioButton remote = new RadioButton("Remote server URL");
        remote.setId("remoteServerChoice");
        remote.setToggleGroup(group);
        (viewModel.remoteProperty().get() ? remote : embedded).setSelected(true);
        remote.selectedProperty().addListener((obs, old, now) -> viewModel.remoteProperty().set(now));

        TextField url = new TextField();
        url.setId("serverUrlField");
        url.setPromptText("https://buildify.example.com");
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        PasswordField token = new PasswordField();
        token.setId("serverTokenField");
        token.setPromptText("none");
        token.textProperty().bindBidirectional(viewModel.tokenProperty());
        Label urlProblem = new Label();
        urlProblem.setId("serverUrlProblem");
        urlProblem.getStyleClass().add("problem-message");
        urlProblem.textProperty().bind(viewModel.urlProblemProperty());
        urlProblem.visibleProperty().bind(urlProblem.textProperty().isNotEmpty());
        urlProblem.managedProperty().bind(urlProblem.visibleProperty());
        Button test = new Button("Test connection", Icons.of(MaterialDesignL.LAN_CONNECT));
        test.setId("testConnectionButton");
        test.disableProperty().bind(viewModel.remoteProperty().not().or(viewModel.canSaveProperty().not())
                .or(viewModel.testingProperty()));
        test.setOnAction(event -> viewModel.testConnection());
        Label testResult = new Label();
        testResult.setId("testConnectionResult");
        testResult.setWrapText(true);
        testResult.setPrefWidth(440); // wrap the SDK's sentence instead of cutting it
        testResult.setMinHeight(Region.USE_PREF_SIZE);
        testResult.textProperty().bind(viewModel.testResultProperty());

        GridPane remoteForm = new GridPane();
        remoteForm.setHgap(10);
        remoteForm.setVgap(8);
        remoteForm.setPadding(new Insets(0, 0, 0, 26));
        remoteForm.addRow(0, new Label("URL"), url);
        remoteForm.add(urlProblem, 1, 1);
        remoteForm.addRow(2, new Label("Token"), token);
        remoteForm.add(test, 1, 3);
        remoteForm.add(testResult, 1, 4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        remoteForm.getColumnConstraints().addAll(labels, fields);
        test.setMinWidth(Region.USE_PREF_SIZE);
        testResult.visibleProperty().bind(testResult.textProperty().isNotEmpty());
        testResult.managedProperty().bind(testResult.visibleProperty());
        remoteForm.disableProperty().bind(viewModel.remoteProperty().not());

        Label note = new Label(SettingsViewModel.TAKES_EFFECT);
        note.getStyleClass().add("placeholder-text");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        Label draftsTitle = title("Drafts");
        TextField location = new TextField(viewModel.draftStoreLocation());
        location.setId("draftStoreLocation");
        location.setEditable(false);
        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(Bindings.isNotEmpty(message.textProperty()));
        message.managedProperty().bind(message.visibleProperty());

        TextField name = new TextField();
        name.setId("designerNameField");
        name.setPromptText(viewModel.osUser() + " (your account name)");
        name.textProperty().bindBidirectional(viewModel.designerNameProperty());
        getChildren().addAll(serverTitle, embedded, remote, remoteForm, note, draftsTitle,
                new Label("Kept on this computer in (read-only):"), location,
                new Label("Your name in the audit trail (blank: your account name):"), name, message);
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-title");
        return label;
    }

    /** Opens the dialog; Save writes the settings (kept open with the reason if they are invalid). */
    public static void show(SettingsViewModel viewModel, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Settings");
        dialog.setHeaderText("Connection and drafts");
        dialog.getDialogPane().setContent(new SettingsView(viewModel));
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (!viewModel.save()) {
                event.consume();
            }
        });
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait();
    }
}
