package io.buildify.app;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.server.ServerState;
import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.SqlText;
import io.buildify.core.model.FieldType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app, headless (Monocle), on the real in-process server and embedded PostgreSQL: designs an entity
 * through the UI, publishes it and checks the table in PostgreSQL. Also writes the user-guide screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildifyAppEndToEndTest {
    @TempDir
    static Path home;
    private static BuildifyApp app;
    private static final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        app = RealApp.launch(home);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> app.context().server().stateProperty().get() != ServerState.STARTING);
        assertThat(app.context().server().stateProperty().get())
                .as(app.context().server().messageProperty().get()).isEqualTo(ServerState.READY);
    }

    @AfterAll
    static void close() throws Exception {
        RealApp.stop(app);
    }

    @Test
    @Order(1)
    void reservedWordAsNameShowsTheMessageAndBlocksNext() {
        robot.clickOn("#newEntityButton");
        replaceText("#entityName", "select");

        Label message = robot.lookup(".problem-message").match(Node::isVisible).queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("'select' is a PostgreSQL reserved word");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#stepProblems").queryAs(Label.class).getText()).contains("reserved word");
        Screenshots.write(scene(), "wizard-invalid-name.png");

        replaceText("#entityName", "selected_item");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    @Order(2)
    void invalidFieldNameIsShownBesideTheEditorAndBlocksNext() {
        robot.clickOn("#nextButton");
        robot.clickOn("#addFieldButton");
        replaceText("#fieldName", "created_at");

        Label message = robot.lookup(".problem-message").match(Node::isVisible).queryAs(Label.class);
        assertThat(message.getText()).contains("system field");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isTrue();
        Screenshots.write(scene(), "wizard-field-error.png");

        replaceText("#fieldName", "created_on");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    @Order(3)
    void customerDesignedInTheWizardIsPublishedToPostgres() throws Exception {
        robot.clickOn("#newEntityButton");
        replaceText("#entityName", "customer");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#entityTableName").queryAs(TextField.class).getText()).isEqualTo("customer");
        replaceText("#entityCategory", "Sales");
        robot.type(KeyCode.ENTER);
        // The debounced server check of the name answers beside the name.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#entityNameServerHint")
                .queryAs(Label.class).getText().equals("No other entity uses this name on the server."));
        Screenshots.write(scene(), "wizard-basic-info.png");
        robot.clickOn("#nextButton");

        addField("name", null);
        robot.clickOn("#fieldRequired");
        addField("email", FieldType.EMAIL);
        robot.clickOn("#fieldUnique");
        addField("credit_limit", FieldType.DECIMAL);
        replaceText("#fieldPrecision", "12");
        robot.type(KeyCode.ENTER);
        Screenshots.write(scene(), "main-window-wizard.png");

        robot.clickOn("#nextButton"); // relationships: none
        robot.clickOn("#nextButton"); // indexes: none
        robot.clickOn("#nextButton");
        assertThat(robot.lookup("#upSql").queryAs(SqlText.class).getSql()).contains("CREATE TABLE \"customer\"");
        robot.clickOn("#commitMessage").write("Customer master data");
        Screenshots.write(scene(), "wizard-preview-publish.png");
        robot.clickOn("#publishButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#publishResult").queryAs(Label.class).getText().isEmpty());
        String result = robot.lookup("#publishResult").queryAs(Label.class).getText();
        assertThat(result).startsWith("Published customer as version 1");
        Screenshots.write(scene(), "wizard-published.png");

        assertThat(app.context().mainViewModel().explorer().selectedProperty().get().status())
                .isEqualTo(DraftStatus.PUBLISHED);
        Map<String, String[]> columns = columnsOf("customer");
        assertThat(columns).containsKeys("id", "created_at", "name", "email", "credit_limit");
        assertThat(columns.get("name")).containsExactly("character varying", "NO", "255", null, null);
        assertThat(columns.get("email")).containsExactly("character varying", "YES", "255", null, null);
        assertThat(columns.get("credit_limit")).containsExactly("numeric", "YES", null, "12", "2");
        assertThat(uniqueColumnsOf("customer")).contains("email").doesNotContain("name");
    }

    /** Clicks "Add field", names the new field and picks its type in the combo box, as a user would. */
    private static void addField(String name, FieldType type) {
        robot.clickOn("#addFieldButton");
        replaceText("#fieldName", name);
        robot.type(KeyCode.ENTER);
        if (type != null) {
            robot.clickOn("#fieldType");
            robot.clickOn(type.displayName() + "  ·  " + type.code());
            assertThat(robot.lookup("#fieldType").queryAs(ComboBox.class).getValue()).isEqualTo(type);
        }
    }

    private static void replaceText(String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        assertThat(robot.lookup(query).queryAs(TextField.class).getText()).isEqualTo(text);
    }

    private static Scene scene() {
        return robot.lookup("#newEntityButton").query().getScene();
    }

    /** name → {data_type, is_nullable, character_maximum_length, numeric_precision, numeric_scale}. */
    private static Map<String, String[]> columnsOf(String table) throws Exception {
        Map<String, String[]> columns = new HashMap<>();
        try (Connection c = app.context().server().dataSource().orElseThrow().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT column_name, data_type, is_nullable, "
                     + "character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns "
                     + "WHERE table_schema = 'public' AND table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)});
                }
            }
        }
        return columns;
    }

    /** Columns covered by a one-column unique constraint or unique index. */
    private static java.util.Set<String> uniqueColumnsOf(String table) throws Exception {
        java.util.Set<String> unique = new java.util.HashSet<>();
        try (Connection c = app.context().server().dataSource().orElseThrow().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT a.attname FROM pg_index i "
                     + "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_attribute a ON a.attrelid = t.oid "
                     + "AND a.attnum = i.indkey[0] WHERE t.relname = ? AND i.indisunique AND NOT i.indisprimary "
                     + "AND i.indnatts = 1")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    unique.add(rs.getString(1));
                }
            }
        }
        return unique;
    }
}
