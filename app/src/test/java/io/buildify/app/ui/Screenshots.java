package io.buildify.app.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes a scene to a PNG for the user guide (see {@link #DIRECTORY}). Works headless under Monocle: the scene
 * is rendered by {@link Scene#snapshot} on the FX thread (popups are not part of a scene and do not show).
 */
public final class Screenshots {
    /**
     * Where the PNGs go: {@code target/screenshots} by default, so an ordinary test run leaves the tracked files
     * alone; {@code -Dbuildify.screenshots.dir=../docs/screenshots} refreshes the user guide's pictures (surefire
     * runs in the module directory).
     */
    public static final Path DIRECTORY = Path.of(System.getProperty("buildify.screenshots.dir", "target/screenshots"))
            .toAbsolutePath().normalize();

    private Screenshots() {
    }

    public static Path write(Scene scene, String fileName) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(fileName);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot of the scene failed", e);
        }
    }
}
