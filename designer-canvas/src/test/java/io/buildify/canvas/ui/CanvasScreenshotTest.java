package io.buildify.canvas.ui;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.demo.CanvasDemoApp;
import io.buildify.canvas.demo.DemoDiagrams;
import io.buildify.canvas.model.DiagramModel;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the demo window headless with 30 nodes, markers, a selection, a highlighted path and the minimap. Writes
 * {@code target/screenshots/canvas-demo.png}; {@code -Dbuildify.screenshots.dir=../docs/screenshots} refreshes the
 * documentation's copy.
 */
class CanvasScreenshotTest {
    private static final Path DIRECTORY = Path.of(System.getProperty("buildify.screenshots.dir", "target/screenshots"))
            .toAbsolutePath().normalize();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void demoWithMarkersAndSelection() throws Exception {
        FxToolkit.registerPrimaryStage();
        Diagram diagram = DemoDiagrams.newDiagram();
        DiagramView view = new DiagramView(diagram);
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            DemoDiagrams.generate(diagram.model(), 30, 7);
            scene[0] = new Scene(CanvasDemoApp.layout(diagram, view), 1280, 720);
            stage.setScene(scene[0]);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            DiagramModel model = diagram.model();
            CanvasDemoApp.addDemoMarkers(diagram, view);
            view.fitToView();
            view.zoomAt(1.5, view.getWidth() * 0.3, view.getHeight() * 0.5); // so the minimap shows a viewport
            view.getSelection().addAll(List.of(model.node("n12"), model.node("n13")));
            view.highlightPath(List.of("n0", "n1", "n2", model.edgesOf("n1").get(0).id(),
                    model.edgesOf("n1").get(1).id()));
            return scene[0].snapshot(null);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        image = WaitForAsyncUtils.asyncFx(() -> scene[0].snapshot(null)).get(20, TimeUnit.SECONDS);

        Files.createDirectories(DIRECTORY);
        Path file = DIRECTORY.resolve("canvas-demo.png");
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(buffered, "png", file.toFile());
        assertThat(file).exists();
        assertThat(view.getMarkers()).isNotEmpty();
    }
}
