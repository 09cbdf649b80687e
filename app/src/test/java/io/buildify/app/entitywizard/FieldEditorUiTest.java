package io.buildify.app.entitywizard;

import io.buildify.app.ui.OfflineWindow;
import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.WizardRobot;
import io.buildify.core.model.FieldDefinition;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The field editor's "More" section clicked through headless: edits reach the draft, a contradiction opens it. */
class FieldEditorUiTest {
    @TempDir
    static Path dir;
    private static OfflineWindow window;
    private static final WizardRobot robot = new WizardRobot();

    @BeforeAll
    static void open() throws Exception {
        window = OfflineWindow.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    private static FieldDefinition storedField() {
        String id = window.viewModel().wizardProperty().get().document().entityId();
        return window.project().find(id).orElseThrow().definition().fields().get(0);
    }

    /** The editor sits in a scroll pane; the robot can only click what is in view. */
    private static void scrollToEnd(Node inside) {
        Node node = inside;
        while (!(node instanceof ScrollPane)) {
            node = node.getParent();
        }
        ScrollPane scroll = (ScrollPane) node;
        robot.interact(() -> {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        });
    }

    private static FieldEditorViewModel editor() {
        return window.viewModel().wizardProperty().get().fields().editor();
    }

    @Test
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
        robot.interact(() -> { // robot typing of regex characters is unreliable headless; the ViewModel test types
            editor.helpTextProperty().set("As printed on the invoice");
            editor.placeholderProperty().set("AB123");
            editor.regexProperty().set("^[A-Z]{2}\\d+$");
            editor.regexMessageProperty().set("two capitals, then digits");
            editor.commit();
        });
        Screenshots.write(window.scene(), "wizard-field-more.png");

        robot.clickOn(title);
        assertThat(more.isExpanded()).isFalse();
        robot.replaceText("#fieldMaxLength", "30").type(KeyCode.ENTER);
        robot.replaceText("#fieldMaxLength", "5").type(KeyCode.ENTER);
        assertThat(more.isExpanded()).as("a problem inside opens the section").isTrue();
    }
}
