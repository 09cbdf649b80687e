package io.buildify.canvas.demo;

import javafx.application.Application;

/**
 * Starts the demo window. A plain main class (not an {@code Application}) so JavaFX on the class path starts;
 * {@code -Dnodes=N} sets the size of the generated graph (default 200).
 */
public final class CanvasDemo {
    private CanvasDemo() {
    }

    public static void main(String[] args) {
        Application.launch(CanvasDemoApp.class, args);
    }
}
