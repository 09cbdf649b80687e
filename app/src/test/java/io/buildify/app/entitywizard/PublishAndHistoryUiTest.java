package io.buildify.app.entitywizard;

import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.ServerWindowTest;
import io.buildify.app.ui.SqlText;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preview, confirmation and history clicked through headless on the main window with the real server: a published
 * customer with rows loses its phone field; the preview shows the archive step in red with the server's row checks,
 * Publish asks to confirm and archives the column, and the history window rolls it back (the rows keep their phone).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishAndHistoryUiTest extends ServerWindowTest {
    private static EntityDefinition customer;

    @BeforeAll
    static void publishTheCustomerAndShowTheWindow() throws Exception {
        EntityDefinition v1 = EntityDefinition.of("ui_customer")
                .withFieldAdded(FieldDefinition.of("name", FieldType.STRING).withRequired(true))
                .withFieldAdded(FieldDefinition.of("phone", FieldType.PHONE));
        publisher.publish(v1, 0, "Customers with a phone");
        sql("INSERT INTO ui_customer (name, phone) VALUES ('Ada', '+44 1'), ('Grace', '+1 2'), ('Linus', null)");
        EntityDefinition v2 = v1.withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL));
        publisher.publish(v2, 1, "Add the e-mail address");
        String phone = v2.fields().stream().filter(f -> f.name().equals("phone")).findFirst().orElseThrow().id();
        FieldDefinition email = v2.fields().stream().filter(f -> f.name().equals("email")).findFirst().orElseThrow();
        customer = v2.withFieldRemoved(phone).withFieldReplaced(email.withUnique(true))
                .withFieldAdded(FieldDefinition.of("country", FieldType.STRING));
        project.save(customer);
        showMainWindow();
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = server.dataSource().orElseThrow().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long phones() throws Exception {
        try (Connection c = server.dataSource().orElseThrow().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(phone) FROM ui_customer")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean hasPhoneColumn() throws Exception {
        try (Connection c = server.dataSource().orElseThrow().getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, "public", "ui_customer", "phone")) {
            return rs.next();
        }
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(condition.call()).as(what).isTrue();
    }

    @Test
    @Order(1)
    void previewShowsTheRemovedFieldInRedAndPublishArchivesItAfterConfirmation() throws Exception {
        robot.interact(() -> viewModel.explorer().select(customer.id()));
        robot.interact(() -> viewModel.wizardProperty().get().goTo(WizardStep.PREVIEW));
        PublishViewModel publish = viewModel.wizardProperty().get().publish();
        waitFor("server checked the rows", () -> publish.checksNoteProperty().get().startsWith("Checked"));

        Node destructive = robot.lookup("#impactList .impact-destructive").query();
        assertThat(((ListCell<?>) destructive).getItem().toString()).contains("ui_customer.phone");
        assertThat(robot.lookup("#impactList .impact-safe").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#checkList .check-passed").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#upSql").queryAs(SqlText.class).getSql()).contains("RENAME COLUMN \"phone\"");
        assertThat(robot.lookup("#upSql .sql-keyword").queryAll()).isNotEmpty();
        robot.interact(() -> publish.commitMessageProperty().set("Phones move to the contact entity"));
        Screenshots.write(scene, "wizard-preview-destructive.png");

        robot.clickOn("#publishButton");
        waitFor("confirmation dialog", () -> robot.lookup("#confirmDestructiveDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDestructiveDialog .label").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("Archive column ui_customer.phone"));
        robot.clickOn("Archive and publish");

        waitFor("published", () -> publish.outcomeProperty().get().kind() == PublishOutcome.Kind.SUCCESS);
        assertThat(publish.outcomeProperty().get().headline()).contains("version 3");
        assertThat(hasPhoneColumn()).isFalse();
    }

    @Test
    @Order(2)
    void historyListsTheMigrationsAndRollsBackTheArchive() throws Exception {
        robot.clickOn("#historyButton");
        waitFor("history loaded", () -> robot.lookup("#migrationTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 3).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<MigrationRecord> table = robot.lookup("#migrationTable").queryAs(TableView.class);
        assertThat(table.getItems().get(0).commitMessage()).isEqualTo("Phones move to the contact entity");
        assertThat(robot.lookup("#rollbackButton").queryButton().isDisabled()).isFalse();
        Screenshots.write(table.getScene(), "migration-history.png");

        robot.clickOn("#rollbackButton");
        waitFor("rollback dialog", () -> robot.lookup("This undoes:").tryQuery().isPresent());
        robot.clickOn("OK");

        waitFor("rolled back", () -> robot.lookup("#historyMessage").queryAs(Label.class).getText()
                .startsWith("Rolled back"));
        waitFor("history reloaded", () -> table.getItems().size() == 4);
        assertThat(hasPhoneColumn()).isTrue();
        assertThat(phones()).isEqualTo(2);
        assertThat(project.find(customer.id()).orElseThrow().baseVersion()).isEqualTo(4);
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    @Test
    @Order(3)
    void aTypeChangeThatMayCutValuesAsksToDeleteDataAndCancelLeavesTheColumnAsItWas() throws Exception {
        EntityDefinition published = project.find(customer.id()).orElseThrow().publishedSnapshot();
        FieldDefinition name = published.fieldNamed("name").orElseThrow();
        // The draft becomes the published version with a shorter name: only the type narrows.
        robot.interact(() -> viewModel.wizardProperty().get().document().editAndCommit(
                draft -> published.withFieldReplaced(name.withLength(null, 20))));
        PublishViewModel publish = viewModel.wizardProperty().get().publish();
        robot.interact(publish::checkWithServer); // the step was open already: it checked the earlier draft
        waitFor("server checked the rows", () -> publish.checksNoteProperty().get().startsWith("Checked"));

        robot.clickOn("#publishButton");
        waitFor("confirmation dialog", () -> robot.lookup("#confirmDestructiveDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDestructiveDialog").queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText()).isEqualTo("This publish deletes data. Publish anyway?");
        assertThat(robot.lookup("#confirmDestructiveDialog .check-failing").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).startsWith("Narrow the type of ui_customer.name"));
        assertThat(robot.lookup("Archive and publish").tryQuery()).isEmpty();
        javafx.scene.control.DialogPane dialog = robot.lookup("#confirmDestructiveDialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        Screenshots.write(dialog.getScene(), "confirm-delete-data.png");
        // The dialog's own Cancel: the wizard behind it has a "Cancel" button too.
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL));

        waitFor("declined", () -> publish.outcomeProperty().get().kind() == PublishOutcome.Kind.ERROR);
        assertThat(publish.outcomeProperty().get().headline()).startsWith("Not published");
        assertThat(nameLength()).isEqualTo(255);

        robot.clickOn("#publishButton");
        waitFor("confirmation dialog again", () -> robot.lookup("Delete data and publish").tryQuery().isPresent());
        robot.clickOn("Delete data and publish");
        waitFor("published", () -> publish.outcomeProperty().get().kind() == PublishOutcome.Kind.SUCCESS);
        assertThat(publish.outcomeProperty().get().headline()).contains("version 5");
        assertThat(nameLength()).isEqualTo(20);
    }

    @Test
    @Order(4)
    void theToolbarOpensTheHistoryOfTheSelectedEntity() throws Exception {
        assertThat(robot.lookup("#entityHistoryButton").queryButton().isDisabled()).isFalse();
        Screenshots.write(scene, "main-toolbar-history.png");

        robot.clickOn("#entityHistoryButton");
        waitFor("history loaded", () -> robot.lookup("#migrationTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 5).orElse(false));
        TableView<?> table = robot.lookup("#migrationTable").queryAs(TableView.class);
        robot.interact(() -> table.getScene().getWindow().hide());

        robot.interact(() -> viewModel.explorer().selectedProperty().set(null));
        assertThat(robot.lookup("#entityHistoryButton").queryButton().isDisabled()).isTrue();
    }

    private static int nameLength() throws Exception {
        try (Connection c = server.dataSource().orElseThrow().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT character_maximum_length FROM information_schema.columns"
                     + " WHERE table_name = 'ui_customer' AND column_name = 'name'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
