package io.buildify.app.eroverview;

import io.buildify.app.ui.OfflineWindowTest;
import io.buildify.app.ui.Screenshots;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.EntityDefinition;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ER overview opened from the main window headless: it shows the five-entity model, double-click opens an
 * entity in the wizard, Delete removes nothing, a draft change shows at once, and PNG/SVG export work.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErOverviewUiTest extends OfflineWindowTest {

    @BeforeAll
    static void saveTheSampleModel() {
        robot.interact(() -> ErSampleModel.saveInto(window.project()));
    }

    /** Before the main window closes. */
    @AfterAll
    static void closeTheDiagram() {
        robot.interact(() -> robot.lookup("#erCanvas").tryQuery()
                .ifPresent(canvas -> ((Stage) canvas.getScene().getWindow()).close()));
    }

    private static DiagramView canvas() {
        return robot.lookup("#erCanvas").queryAs(DiagramView.class);
    }

    private static Node glyph(String title) {
        return robot.from(canvas()).lookup(".diagram-node").match(n -> n.getUserData() instanceof DiagramNode d
                && d.getLabel().startsWith(title + "\n") || n.getUserData() instanceof DiagramNode e
                && e.getLabel().equals(title)).query();
    }

    @Test
    @Order(1)
    void theToolbarButtonOpensTheDiagramOfAllEntities() {
        robot.clickOn("#erDiagramButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas().getDiagram().model().nodes()).hasSize(5);
        assertThat(canvas().getDiagram().model().edges()).extracting(e -> e.getLabel())
                .containsExactlyInAnyOrder("1:N", "1:1", "N:M", "N:1");
        assertThat(robot.lookup("#erSummary").queryLabeled().getText()).isEqualTo("5 entities, 4 relationships");
        assertThat(robot.lookup(".palette").tryQuery()).isEmpty();
        Screenshots.write(canvas().getScene(), "er-overview.png");
    }

    @Test
    @Order(2)
    void deleteDoesNothingAndDoubleClickOpensTheEntityInTheWizard() {
        robot.clickOn(glyph("Tag"));
        robot.type(KeyCode.DELETE);
        assertThat(canvas().getDiagram().model().nodes()).hasSize(5);
        assertThat(window.project().list()).hasSize(5);

        robot.doubleClickOn(glyph("Person"));

        assertThat(window.viewModel().wizardProperty().get()).isNotNull();
        assertThat(window.viewModel().wizardProperty().get().document().definition().name()).isEqualTo("contact");
        assertThat(robot.lookup(".label-editor").tryQuery()).isEmpty();
    }

    @Test
    @Order(3)
    void aNewDraftAppearsAtOnce() {
        robot.interact(() -> window.project().save(EntityDefinition.of("invoice")));

        assertThat(canvas().getDiagram().model().nodes()).hasSize(6);
        assertThat(robot.lookup("#erSummary").queryLabeled().getText()).isEqualTo("6 entities, 4 relationships");
    }

    @Test
    @Order(4)
    void exportsPngAndSvg() throws Exception {
        ErOverviewView view = (ErOverviewView) canvas().getParent();
        Path png = dir.resolve("er.png");
        Path svg = dir.resolve("er.svg");
        robot.interact(() -> {
            view.exportPng(png);
            view.exportSvg(svg);
        });

        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("N:M").contains("Invoice");
    }
}
