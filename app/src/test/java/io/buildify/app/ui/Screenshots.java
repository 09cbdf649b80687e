package io.buildify.app.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
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

    /** Like {@link #write}, with the showing popups (menus, completion lists) drawn over the scene where they are. */
    public static Path writeWithPopups(Scene scene, String fileName) {
        return save(fileName, () -> {
            java.awt.image.BufferedImage base = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
            java.awt.Graphics2D g = base.createGraphics();
            double left = scene.getWindow().getX() + scene.getX();
            double top = scene.getWindow().getY() + scene.getY();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w instanceof javafx.stage.PopupWindow popup && popup.isShowing()) {
                    g.drawImage(SwingFXUtils.fromFXImage(popup.getScene().snapshot(null), null),
                            (int) Math.round(popup.getX() - left), (int) Math.round(popup.getY() - top), null);
                }
            }
            g.dispose();
            return base;
        });
    }

    public static Path write(Scene scene, String fileName) {
        return save(fileName, () -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
    }

    /** Renders on the FX thread (after pending events) and writes the PNG. */
    private static Path save(String fileName, java.util.concurrent.Callable<java.awt.image.BufferedImage> render) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(render).get(10, TimeUnit.SECONDS);
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(fileName);
            ImageIO.write(image, "png", file.toFile());
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
