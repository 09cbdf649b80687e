package io.buildify.canvas.internal;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The background grid, drawn in screen space on a canvas (one draw call per line instead of thousands of nodes).
 * Lines closer than a few pixels are skipped, every fifth line is darker.
 */
final class GridLayer extends Canvas {
    private static final double MIN_SPACING = 8;

    private Color minor = Color.web("#edf0f3");
    private Color major = Color.web("#dde2e8");

    GridLayer() {
        setMouseTransparent(true);
    }

    void setColors(Color minorColor, Color majorColor) {
        minor = minorColor;
        major = majorColor;
    }

    void draw(double width, double height, double gridSize, double zoom, double offsetX, double offsetY) {
        if (getWidth() != width || getHeight() != height) {
            setWidth(width);
            setHeight(height);
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        double step = gridSize * zoom;
        int every = 1;
        while (step * every < MIN_SPACING) {
            every *= 5;
        }
        double spacing = step * every;
        g.setLineWidth(1);
        long firstX = (long) Math.floor(-offsetX / spacing);
        for (long i = firstX; i * spacing + offsetX <= width; i++) {
            double x = Math.floor(i * spacing + offsetX) + 0.5;
            g.setStroke(i % 5 == 0 ? major : minor);
            g.strokeLine(x, 0, x, height);
        }
        long firstY = (long) Math.floor(-offsetY / spacing);
        for (long i = firstY; i * spacing + offsetY <= height; i++) {
            double y = Math.floor(i * spacing + offsetY) + 0.5;
            g.setStroke(i % 5 == 0 ? major : minor);
            g.strokeLine(0, y, width, y);
        }
    }
}
