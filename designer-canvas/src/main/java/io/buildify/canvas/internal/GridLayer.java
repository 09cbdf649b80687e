package io.buildify.canvas.internal;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;

/**
 * The background grid in screen space. Lines closer than {@link #MIN_SPACING} pixels are skipped (the grid
 * coarsens by five), every fifth line is darker.
 *
 * <p>Redrawing a grid canvas was the most expensive part of a frame on the software pipeline (rasterising the
 * lines, then blending a window-sized texture). Here each line is a one-pixel {@link BackgroundFill} of a region,
 * which the renderer paints as a plain rectangle fill with no intermediate image. The region is one major period
 * (five lines) larger than the view in each direction; its fills are rebuilt only when the spacing or the size
 * changes, and panning moves the region by whole pixels (the offset modulo the period).
 */
final class GridLayer extends Region {
    private static final double MIN_SPACING = 12;
    private static final int MAJOR_EVERY = 5;
    private static final Color MINOR = Color.web("#edf0f3");
    private static final Color MAJOR = Color.web("#dde2e8");

    private double drawnSpacing = -1;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private int redraws;

    GridLayer() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Shows the grid for a viewport; rebuilds the lines only when the spacing or the size changed. */
    void show(double width, double height, double gridSize, double zoom, double offsetX, double offsetY) {
        double spacing = gridSize * zoom;
        if (!(spacing > 0) || width <= 0 || height <= 0) {
            setVisible(false);
            return;
        }
        while (spacing < MIN_SPACING) {
            spacing *= MAJOR_EVERY;
        }
        double period = spacing * MAJOR_EVERY;
        double areaWidth = Math.ceil(width + period);
        double areaHeight = Math.ceil(height + period);
        if (spacing != drawnSpacing || areaWidth != drawnWidth || areaHeight != drawnHeight) {
            drawnSpacing = spacing;
            drawnWidth = areaWidth;
            drawnHeight = areaHeight;
            redraws++;
            resize(areaWidth, areaHeight);
            setBackground(lines(areaWidth, areaHeight, spacing));
        }
        // The region starts on a major line: the one at or before the view's edge. Whole pixels keep lines sharp.
        setTranslateX(Math.round(offsetX - Math.floor(offsetX / period) * period - period));
        setTranslateY(Math.round(offsetY - Math.floor(offsetY / period) * period - period));
    }

    /** How often the lines were rebuilt (tests check that panning does not rebuild them). */
    int redraws() {
        return redraws;
    }

    private static Background lines(double width, double height, double spacing) {
        List<BackgroundFill> fills = new ArrayList<>();
        for (int i = 0; i * spacing <= width; i++) {
            double x = Math.round(i * spacing);
            fills.add(new BackgroundFill(i % MAJOR_EVERY == 0 ? MAJOR : MINOR, null,
                    new Insets(0, width - x - 1, 0, x)));
        }
        for (int i = 0; i * spacing <= height; i++) {
            double y = Math.round(i * spacing);
            fills.add(new BackgroundFill(i % MAJOR_EVERY == 0 ? MAJOR : MINOR, null,
                    new Insets(y, 0, height - y - 1, 0)));
        }
        return new Background(fills, null);
    }
}
