package io.buildify.app.workflow;

import io.buildify.app.ui.WizardRobot;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.StateType;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Mouse gestures on the workflow canvas for the headless UI tests: drop from the palette, connect, find points. */
final class DesignerGestures {
    private final WizardRobot robot;

    DesignerGestures(WizardRobot robot) {
        this.robot = robot;
    }

    DiagramNode drop(WorkflowDesignerViewModel designer, StateType type, double x, double y) {
        int before = designer.diagram().model().nodes().size();
        robot.drag("#palette-" + type.code()).dropTo(screen(new Point2D(x, y)));
        assertThat(designer.diagram().model().nodes()).hasSize(before + 1);
        return designer.diagram().model().nodes().get(before);
    }

    DiagramEdge connect(WorkflowDesignerViewModel designer, DiagramNode from, DiagramNode to) {
        int before = designer.diagram().model().edges().size();
        robot.drag(screen(from.portPosition(WorkflowNodeTypes.OUT)), MouseButton.PRIMARY)
                .moveTo(screen(to.portPosition(WorkflowNodeTypes.IN).add(2, 1)))
                .release(MouseButton.PRIMARY);
        assertThat(designer.diagram().model().edges()).hasSize(before + 1);
        return designer.diagram().model().edges().get(before);
    }

    /** Scrolls the properties panel so that {@code node} is near its top (a grown panel hides what was added). */
    void reveal(javafx.scene.Node node) {
        fx(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup(".workflow-side-panel .scroll-pane")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / scrollable)));
        });
    }

    static Point2D midpoint(WorkflowDesignerViewModel designer, DiagramEdge edge) {
        List<Point2D> points = designer.diagram().model().pointsOf(edge);
        return points.get(0).midpoint(points.get(points.size() - 1));
    }

    /** Screen position of a model point on the canvas. */
    Point2D screen(Point2D model) {
        return fx(() -> {
            DiagramView canvas = robot.lookup("#workflowCanvas").queryAs(DiagramView.class);
            Point2D local = canvas.modelToLocal(model.getX(), model.getY());
            return canvas.localToScreen(local.getX(), local.getY());
        });
    }

    static <T> T fx(Callable<T> action) {
        try {
            T result = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void fx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }
}
