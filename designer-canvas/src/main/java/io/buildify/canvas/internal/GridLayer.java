package io.buildify.canvas.internal;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The background grid, drawn in screen space on a canvas when the viewport changes. Lines closer than
 * {@link #MIN_SPACING} pixels are skipped (the grid coarsens by five), every fifth line is darker. It is the most
 * expensive part of a pan frame on the software pipeline (see the benchmark); hosts can turn it off with
 * {@code DiagramView.showGrid}. A Path or an ImagePattern fill measured slower still.
 */
final class GridLayer extends Canvas {
    private static final double MIN_SPACING = 12;
    private static final int MAJOR_EVERY = 5;
    private static final Color MINOR = Color.web("#edf0f3");
    private static final Color MAJOR = Color.web("#dde2e8");

    GridLayer() {
        setMouseTransparent(true);
    }

    void draw(double width, double height, double gridSize, double zoom, double offsetX, double offsetY) {
        if (getWidth() != width || getHeight() != height) {
            setWidth(width);
            setHeight(height);
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        double spacing = gridSize * zoom;
        while (spacing < MIN_SPACING) {
            spacing *= MAJOR_EVERY;
        }
        g.setLineWidth(1);
        for (long i = (long) Math.floor(-offsetX / spacing); i * spacing + offsetX <= width; i++) {
            double x = Math.floor(i * spacing + offsetX) + 0.5;
            g.setStroke(i % MAJOR_EVERY == 0 ? MAJOR : MINOR);
            g.strokeLine(x, 0, x, height);
        }
        for (long i = (long) Math.floor(-offsetY / spacing); i * spacing + offsetY <= height; i++) {
            double y = Math.floor(i * spacing + offsetY) + 0.5;
            g.setStroke(i % MAJOR_EVERY == 0 ? MAJOR : MINOR);
            g.strokeLine(0, y, width, y);
        }
    }
}
