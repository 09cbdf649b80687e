package io.buildify.canvas.ui;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.Minimap;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.internal.MinimapSkin;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.buildify.canvas.TestDiagrams.TASK;
import static io.buildify.canvas.ui.CanvasStage.ROBOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The minimap follows the model and the viewport, and clicking or dragging on it pans the main view. */
class MinimapTest {
    private final Diagram diagram = TestDiagrams.empty();
    private DiagramView view;
    private Minimap minimap;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new DiagramView(diagram);
            minimap = new Minimap(view);
            for (int i = 0; i < 100; i++) {
                diagram.model().addNode(new DiagramNode("n" + i, TASK, (i % 10) * 200, (i / 10) * 150.0));
            }
            StackPane root = new StackPane(view, minimap);
            StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
            stage.setScene(new Scene(root, 900, 600));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        ROBOT.release(new MouseButton[0]);
        FxToolkit.cleanupStages();
    }

    @Test
    void theRectangleShowsTheVisibleAreaAndFollowsPanWithoutRedrawingNodes() {
        MinimapSkin skin = (MinimapSkin) minimap.getSkin();
        assertRectangleMatchesView(skin);
        int redraws = skin.redraws();

        fx(() -> {
            view.setOffsetX(view.getOffsetX() - 300);
            view.setOffsetY(view.getOffsetY() - 200);
            return null;
        });
        assertRectangleMatchesView(skin);
        assertThat(skin.redraws()).as("the nodes stay drawn while the viewport moves inside the diagram")
                .isEqualTo(redraws);
    }

    @Test
    void followsTheModelWithoutCommands() {
        MinimapSkin skin = (MinimapSkin) minimap.getSkin();
        int redraws = skin.redraws();
        DiagramNode far = fx(() -> {
            DiagramNode node = new DiagramNode("far", TASK, 5000, 4000);
            diagram.model().addNode(node);
            return node;
        });
        assertThat(skin.redraws()).isGreaterThan(redraws);
        Point2D corner = fx(() -> skin.toMap(far.getX() + far.getWidth(), far.getY() + far.getHeight()));
        assertThat(corner.getX()).isBetween(0.0, minimap.getWidth());
        assertThat(corner.getY()).isBetween(0.0, minimap.getHeight());

        redraws = skin.redraws();
        fx(() -> {
            far.setPosition(4000, 3000);
            return null;
        });
        assertThat(skin.redraws()).isGreaterThan(redraws);
    }

    @Test
    void clickCentresTheViewAndDraggingPansIt() {
        MinimapSkin skin = (MinimapSkin) minimap.getSkin();
        Point2D target = fx(() -> minimap.localToScreen(skin.toMap(1500, 1200)));
        ROBOT.clickOn(target);
        Point2D centre = fx(() -> view.localToModel(view.getWidth() / 2, view.getHeight() / 2));
        assertThat(centre.getX()).isCloseTo(1500, within(12.0));
        assertThat(centre.getY()).isCloseTo(1200, within(12.0));

        Point2D from = fx(() -> minimap.localToScreen(skin.toMap(1500, 1200)));
        Point2D to = fx(() -> minimap.localToScreen(skin.toMap(500, 300)));
        ROBOT.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        Point2D after = fx(() -> view.localToModel(view.getWidth() / 2, view.getHeight() / 2));
        assertThat(after.getX()).isCloseTo(500, within(12.0));
        assertThat(after.getY()).isCloseTo(300, within(12.0));
        assertRectangleMatchesView(skin);
    }

    private void assertRectangleMatchesView(MinimapSkin skin) {
        Rectangle rectangle = skin.viewportRectangle();
        Point2D topLeft = fx(() -> {
            Point2D model = view.localToModel(0, 0);
            return skin.toMap(model.getX(), model.getY());
        });
        Point2D bottomRight = fx(() -> {
            Point2D model = view.localToModel(view.getWidth(), view.getHeight());
            return skin.toMap(model.getX(), model.getY());
        });
        assertThat(rectangle.getX()).isCloseTo(topLeft.getX(), within(0.01));
        assertThat(rectangle.getY()).isCloseTo(topLeft.getY(), within(0.01));
        assertThat(rectangle.getX() + rectangle.getWidth()).isCloseTo(bottomRight.getX(), within(0.01));
        assertThat(rectangle.getY() + rectangle.getHeight()).isCloseTo(bottomRight.getY(), within(0.01));
        assertThat(rectangle.getX()).isGreaterThanOrEqualTo(0);
        assertThat(rectangle.getY() + rectangle.getHeight()).isLessThanOrEqualTo(minimap.getHeight());
    }

    private <T> T fx(Callable<T> action) {
        try {
            T result = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
