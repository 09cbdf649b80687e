package io.buildify.canvas.ui;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.Palette;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A window with a palette and a diagram view for the click-through tests (headless under Monocle). The platform
 * is started once per JVM by TestFX; each test gets a fresh diagram in the same stage.
 */
final class CanvasStage {
    static final FxRobot ROBOT = new FxRobot();

    final Diagram diagram = TestDiagrams.empty();
    final DiagramView view = new DiagramView(diagram);
    final Palette palette = new Palette(TestDiagrams.TYPES.all());
    Scene scene;

    static CanvasStage show() throws Exception {
        FxToolkit.registerPrimaryStage();
        CanvasStage canvas = new CanvasStage();
        FxToolkit.setupStage(stage -> {
            BorderPane root = new BorderPane(canvas.view);
            root.setLeft(canvas.palette);
            canvas.scene = new Scene(root, 900, 600);
            stage.setScene(canvas.scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            canvas.view.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return canvas;
    }

    <T> T fx(Callable<T> action) {
        try {
            T result = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void fx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    DiagramNode node(NodeType type, double x, double y) {
        return fx(() -> diagram.modeling().createNode(type, x, y));
    }

    /** Screen point of a model point. */
    Point2D screen(double modelX, double modelY) {
        return fx(() -> {
            Point2D local = view.modelToLocal(modelX, modelY);
            return view.localToScreen(local.getX(), local.getY());
        });
    }

    Point2D screen(Point2D model) {
        return screen(model.getX(), model.getY());
    }
}
