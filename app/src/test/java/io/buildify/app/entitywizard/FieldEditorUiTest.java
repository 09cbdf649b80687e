package io.buildify.app.entitywizard;

import io.buildify.app.ui.OfflineWindowTest;
import io.buildify.app.ui.Screenshots;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.ValidationRule;
import io.buildify.core.model.FieldType;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The field editor's "More" section clicked through headless: edits reach the draft, a contradiction opens it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FieldEditorUiTest extends OfflineWindowTest {

    private static FieldDefinition storedField() {
        String id = window.viewModel().wizardProperty().get().document().entityId();
        return window.project().find(id).orElseThrow().definition().fields().get(0);
    }

    private static Node scrollPaneOf(Node inside) {
        Node node = inside;
        while (!(node instanceof ScrollPane)) {
            node = node.getParent();
        }
        return node;
    }

    /** The editor sits in a scroll pane; the robot can only click what is in view. */
    private static void scrollToEnd(Node inside) {
        ScrollPane scroll = (ScrollPane) scrollPaneOf(inside);
        robot.interact(() -> {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        });
    }

    private static FieldEditorViewModel editor() {
        return window.viewModel().wizardProperty().get().fields().editor();
    }

    @Test
    @Order(1)
    void morePropertiesAreEditedInTheirSectionWhichOpensOnAProblem() {
        robot.clickOn("#newEntityButton");
        robot.replaceText("#entityName", "invoice").type(KeyCode.ENTER);
        robot.clickOn("#nextButton");
        robot.clickOn("#addFieldButton");
        robot.replaceText("#fieldName", "code").type(KeyCode.ENTER);
        robot.replaceText("#fieldMaxLength", "10").type(KeyCode.ENTER);
        TitledPane more = robot.lookup("#fieldMorePane").queryAs(TitledPane.class);
        assertThat(more.isExpanded()).isFalse();

        Node title = robot.from(more).lookup(".title").query();
        robot.clickOn(title);
        assertThat(more.isExpanded()).isTrue();
        scrollToEnd(more);
        robot.clickOn("#fieldReadOnly");
        robot.replaceText("#fieldMinLength", "20").type(KeyCode.ENTER);

        assertThat(robot.visibleProblem()).isEqualTo("min_length 20 is greater than max_length 10");
        assertThat(robot.nextDisabled()).isTrue();
        assertThat(storedField().readOnly()).isTrue();
        assertThat(storedField().minLength()).isEqualTo(20);
        FieldEditorViewModel editor = editor();
        scrollToEnd(more);
        robot.clickOn("#addRuleButton").clickOn("#addRule_regex");
        scrollToEnd(more);
        robot.clickOn("#addRuleButton").clickOn("#addRule_email");
        assertThat(storedField().validationRules()).extracting(ValidationRule::type).containsExactly("regex", "email");
        robot.interact(() -> { // robot typing of regex characters is unreliable headless; the ViewModel test types
            editor.helpTextProperty().set("As printed on the invoice");
            editor.placeholderProperty().set("AB123");
            editor.form().rules().get(0).valueProperty().set("^[A-Z]{2}\\d+$");
            editor.form().rules().get(0).messageProperty().set("two capitals, then digits");
            editor.form().inputTypeProperty().set("autocomplete");
            editor.commit();
        });
        scrollToEnd(more);
        @SuppressWarnings("unchecked")
        ComboBox<String> input = robot.lookup("#fieldInputType").queryAs(ComboBox.class);
        assertThat(input.getConverter().toString(input.getValue())).as("the code says what it looks like")
                .isEqualTo("autocomplete — text box with suggestions");
        Screenshots.write(window.scene(), "wizard-field-more.png");

        robot.interact(() -> ((ScrollPane) scrollPaneOf(more)).setVvalue(0));
        robot.clickOn(title);
        assertThat(more.isExpanded()).isFalse();
        robot.replaceText("#fieldMaxLength", "30").type(KeyCode.ENTER);
        robot.replaceText("#fieldMaxLength", "5").type(KeyCode.ENTER);
        assertThat(more.isExpanded()).as("a problem inside opens the section").isTrue();
    }

    @Test
    @Order(2)
    void theDefaultValueInputFollowsTheType() {
        FieldEditorViewModel editor = editor();
        TitledPane more = robot.lookup("#fieldMorePane").queryAs(TitledPane.class);
        robot.interact(() -> {
            editor.typeProperty().set(FieldType.BOOLEAN);
            more.setExpanded(true);
        });
        scrollToEnd(more);
        assertThat(robot.lookup("#fieldDefaultValue").query().isVisible()).isFalse();
        CheckBox yesNo = robot.lookup("#fieldDefaultYesNo").queryAs(CheckBox.class);
        assertThat(yesNo.isVisible()).isTrue();
        assertThat(yesNo.getText()).isEqualTo("No default");
        robot.clickOn(yesNo);
        assertThat(storedField().defaultValue()).isIn("true", "false");

        robot.interact(() -> editor.typeProperty().set(FieldType.DATE));
        DatePicker date = robot.lookup("#fieldDefaultDate").queryAs(DatePicker.class);
        assertThat(date.isVisible()).isTrue();
        robot.interact(() -> date.setValue(LocalDate.of(2024, 12, 31)));
        assertThat(storedField().defaultValue()).isEqualTo("2024-12-31");
        scrollToEnd(more);
        robot.clickOn("#fieldDefaultToday");
        assertThat(storedField().defaultValue()).isEqualTo("now");
        assertThat(date.isDisabled()).isTrue();

        robot.interact(() -> {
            editor.typeProperty().set(FieldType.SINGLE_SELECT);
            editor.allowedValuesProperty().set("open\nclosed");
            editor.commit();
        });
        ComboBox<?> choice = robot.lookup("#fieldDefaultChoice").queryAs(ComboBox.class);
        assertThat(List.<Object>copyOf(choice.getItems())).containsExactly("", "open", "closed");
        robot.interact(() -> editor.defaultValueProperty().set("closed"));
        assertThat(choice.getValue()).isEqualTo("closed");

        robot.interact(() -> editor.typeProperty().set(FieldType.INTEGER));
        scrollToEnd(more);
        robot.clickOn("#fieldDefaultValue").write("4x2").type(KeyCode.ENTER);
        assertThat(storedField().defaultValue()).isEqualTo("42");
        Screenshots.write(window.scene(), "wizard-field-default.png");
    }
}
