package io.buildify.app.explorer;

import io.buildify.app.ui.Screenshots;
import io.buildify.app.ui.ServerWindowTest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Delete on a published entity, clicked headless on the main window with the real server: confirm, archive. */
class ArchiveEntityUiTest extends ServerWindowTest {

    @BeforeAll
    static void publishTwoEntitiesAndShowTheWindow() throws Exception {
        publisher.publish(EntityDefinition.of("ui_ar_label"), 0, "first");
        publisher.publish(EntityDefinition.of("ui_ar_product").withLabel("Product")
                .withFieldAdded(FieldDefinition.of("title", FieldType.STRING))
                .withRelationships(List.of(RelationshipDefinition.of("labels", RelationshipKind.MANY_TO_MANY,
                        "ui_ar_label"))), 0, "first");
        showMainWindow();
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deleteOfAPublishedEntityConfirmsTheArchiveStepsAndRemovesItFromTheExplorer() throws Exception {
        String id = project.list().stream().filter(d -> d.definition().name().equals("ui_ar_product"))
                .findFirst().orElseThrow().definition().id();
        robot.interact(() -> viewModel.explorer().select(id));
        robot.clickOn("#deleteEntityButton");
        waitFor("confirmation", () -> robot.lookup("#confirmArchiveDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmArchiveDialog .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Archive table ui_ar_product_labels"))
                .anyMatch(t -> t.startsWith("Archive table ui_ar_product:"));
        robot.clickOn("#archiveCommitMessage").write("Products move to the catalogue service");
        DialogPane dialog = robot.lookup("#confirmArchiveDialog").queryAs(DialogPane.class);
        Screenshots.write(dialog.getScene(), "archive-entity-confirm.png");

        robot.clickOn("Archive");
        waitFor("archived", () -> robot.lookup("#archiveOutcomeDialog").tryQuery().isPresent());

        DialogPane outcome = robot.lookup("#archiveOutcomeDialog").queryAs(DialogPane.class);
        assertThat(outcome.getContentText()).contains("Archived 'ui_ar_product'").contains("rows are kept");
        Screenshots.write(outcome.getScene(), "archive-entity-done.png");
        robot.clickOn("OK");
        assertThat(viewModel.explorer().items()).extracting(EntityListItem::name).containsExactly("ui_ar_label");
        assertThat(server.client().orElseThrow().getEntity("ui_ar_product")).isEmpty();
    }
}
