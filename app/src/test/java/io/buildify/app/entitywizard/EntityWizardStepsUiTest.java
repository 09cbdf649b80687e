package io.buildify.app.entitywizard;

import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.OfflineWindowTest;
import io.buildify.app.ui.SqlText;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.IndexMethod;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each wizard step clicked through headless on the offline main window: valid input moves on, each kind of invalid
 * input shows its message beside the control and blocks Next, fields reorder by drag, undo/redo by keyboard.
 * The tests build on each other (one entity, step by step), like a user going through the wizard.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntityWizardStepsUiTest extends OfflineWindowTest {

    @BeforeAll
    static void saveAnEntity() {
        robot.interact(() -> window.project().save(EntityDefinition.of("company")));
    }

    private static EntityDefinition stored() {
        String id = window.viewModel().wizardProperty().get().document().entityId();
        return window.project().find(id).orElseThrow().definition();
    }

    private static WizardStep step() {
        return window.viewModel().wizardProperty().get().stepProperty().get();
    }

    @Test
    @Order(1)
    void basicInfoRefusesABadNameAndKeyboardNavigationWaitsForAGoodOne() {
        robot.clickOn("#newEntityButton");
        robot.replaceText("#entityName", "Contact Person");

        assertThat(robot.visibleProblem()).contains("snake_case");
        assertThat(robot.nextDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(step()).isEqualTo(WizardStep.BASIC_INFO);

        robot.replaceText("#entityName", "company");
        assertThat(robot.visibleProblem()).contains("already exists");
        assertThat(robot.nextDisabled()).isTrue();

        robot.replaceText("#entityName", "contact");
        Button save = robot.lookup("#saveDraftButton").queryButton();
        assertThat(save.getText()).isEqualTo("_Save draft"); // "_": Alt+S
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(save.getText()).isEqualTo("All changes saved");
        assertThat(save.isDisabled()).isTrue();
        assertThat(stored().name()).isEqualTo("contact");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(step()).isEqualTo(WizardStep.FIELDS);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        assertThat(step()).isEqualTo(WizardStep.BASIC_INFO);
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        assertThat(step()).isEqualTo(WizardStep.FIELDS);
    }

    @Test
    @Order(2)
    void fieldsStepBlocksOnASystemNameAndAddsTemplates() {
        robot.clickOn("#addFieldButton");
        robot.replaceText("#fieldName", "updated_at");
        assertThat(robot.visibleProblem()).isEqualTo("'updated_at' is a system field name");
        assertThat(robot.nextDisabled()).isTrue();
        robot.replaceText("#fieldName", "last_name").type(KeyCode.ENTER);
        assertThat(robot.nextDisabled()).isFalse();

        robot.clickOn("#fieldTemplateButton").clickOn("#templateEMAIL");
        robot.clickOn("#fieldTemplateButton").clickOn("#templateSTATUS");

        assertThat(stored().fields()).extracting(FieldDefinition::name)
                .containsExactly("last_name", "email", "status");
        assertThat(stored().fields().get(1).type()).isEqualTo(FieldType.EMAIL);
        assertThat(stored().fields().get(1).unique()).isTrue();
        assertThat(stored().fields().get(2).allowedValues()).containsExactly("new", "active", "closed");
    }

    @Test
    @Order(3)
    void draggingAFieldRowReordersTheFieldsAndUndoRedoFollowTheKeyboard() {
        TableRow<?> status = robot.tableRow("#customFieldsTable", "status");
        TableRow<?> lastName = robot.tableRow("#customFieldsTable", "last_name");

        robot.drag(status, MouseButton.PRIMARY).dropTo(lastName);

        assertThat(stored().fields()).extracting(FieldDefinition::name)
                .containsExactly("status", "last_name", "email");
        assertThat(stored().fields()).extracting(FieldDefinition::displayOrder).containsExactly(0, 1, 2);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(stored().fields()).extracting(FieldDefinition::name)
                .containsExactly("last_name", "email", "status");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(stored().fields()).extracting(FieldDefinition::name)
                .containsExactly("status", "last_name", "email");
    }

    @Test
    @Order(4)
    void relationshipStepShowsSetNullOnARequiredKeyAndBlocksNext() {
        robot.clickOn("#nextButton");
        assertThat(step()).isEqualTo(WizardStep.RELATIONSHIPS);
        robot.clickOn("#addRelationshipButton");
        robot.choose("#relationshipKind", "One-to-one  (1 : 1)");
        assertThat(stored().relationships().get(0).name()).isEqualTo("company");
        assertThat(robot.visibleWarning()).startsWith("'company' is not published yet");
        assertThat(robot.nextDisabled()).as("a publish-order warning does not block").isFalse();
        robot.clickOn("#relationshipRequired");
        robot.choose("#relationshipOnDelete", "SET NULL");

        assertThat(robot.visibleProblem()).isEqualTo("SET NULL contradicts a required relationship");
        assertThat(robot.nextDisabled()).isTrue();
        assertThat(robot.stepProblems()).contains("relationship 1 on delete");

        robot.choose("#relationshipOnDelete", "CASCADE");
        robot.replaceText("#relationshipName", "Employer").type(KeyCode.ENTER);
        assertThat(robot.visibleProblem()).contains("snake_case");
        assertThat(robot.nextDisabled()).isTrue();
        robot.replaceText("#relationshipName", "employer").type(KeyCode.ENTER);
        assertThat(robot.nextDisabled()).isFalse();
        assertThat(stored().relationships().get(0).foreignKeyColumn()).isNull();
        assertThat(robot.lookup("#relationshipExplanation").queryLabeled().getText())
                .contains("employer_id on table contact");
    }

    @Test
    @Order(5)
    void indexStepOrdersColumnsAndRefusesAnUnsafeWhere() {
        robot.clickOn("#nextButton");
        assertThat(step()).isEqualTo(WizardStep.INDEXES);
        robot.clickOn("#addIndexButton");
        assertThat(stored().indexes().get(0).columns()).containsExactly("status");

        robot.clickListItem("#indexAvailableColumns", "last_name").clickOn("#indexAddColumn");
        robot.clickListItem("#indexColumns", "last_name").clickOn("#indexColumnUp");
        assertThat(stored().indexes().get(0).columns()).containsExactly("last_name", "status");
        assertThat(stored().indexes().get(0).name()).isEqualTo("contact_last_name_status_idx");

        robot.replaceText("#indexWhere", "status <> 'closed'; DROP TABLE contact");
        assertThat(robot.visibleProblem()).isEqualTo("the WHERE clause cannot contain ';'");
        assertThat(robot.nextDisabled()).isTrue();
        robot.replaceText("#indexWhere", "stauts <> 'closed'").type(KeyCode.ENTER);
        assertThat(robot.visibleProblem())
                .isEqualTo("the WHERE clause names 'stauts', which is not a column of this table");
        assertThat(robot.nextDisabled()).isTrue();
        Screenshots.write(robot.lookup("#indexWhere").query().getScene(), "wizard-index-where-unknown-column.png");
        robot.replaceText("#indexWhere", "status <> 'closed'").type(KeyCode.ENTER);
        assertThat(robot.nextDisabled()).isFalse();

        robot.choose("#indexMethod", IndexEditorView.methodText(IndexMethod.HASH));
        assertThat(robot.visibleProblem()).isEqualTo("a hash index covers exactly one column");
        robot.choose("#indexMethod", IndexEditorView.methodText(IndexMethod.BTREE));
        robot.clickOn("#indexUnique");
        assertThat(stored().indexes().get(0).unique()).isTrue();
        assertThat(robot.nextDisabled()).isFalse();
    }

    @Test
    @Order(6)
    void previewShowsTheIndexAndSaveDraftTellsTheTruth() {
        robot.clickOn("#nextButton");
        assertThat(step()).isEqualTo(WizardStep.PREVIEW);
        String sql = robot.lookup("#upSql").queryAs(SqlText.class).getSql();
        assertThat(sql).contains("CREATE UNIQUE INDEX \"contact_last_name_status_idx\" ON \"contact\" USING btree "
                + "(\"last_name\", \"status\") WHERE (status <> 'closed');");

        Button save = robot.lookup("#saveDraftButton").queryButton();
        assertThat(save.getText()).isEqualTo("All changes saved");
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#commitMessage").write("x");
        assertThat(save.getText()).isEqualTo("All changes saved"); // the commit message is not part of the draft
    }

    @Test
    @Order(7)
    void cancelRevertsToTheOpenedStateAndUndoBringsTheWorkBack() throws Exception {
        robot.clickOn("#cancelButton");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> step() == WizardStep.BASIC_INFO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().name()).isEqualTo("new_entity");
        assertThat(stored().fields()).isEmpty();

        assertThat(robot.lookup("#undoButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored().name().equals("contact"));
        assertThat(stored().indexes()).hasSize(1);
    }
}
