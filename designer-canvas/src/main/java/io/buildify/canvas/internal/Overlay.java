package io.buildify.canvas.internal;

import javafx.scene.layout.Pane;

/** Screen-space layer of a diagram view for what the behavior shows while a gesture runs (not zoomed). */
final class Overlay extends Pane {
    Overlay() {
        setPickOnBounds(false);
    }
}
