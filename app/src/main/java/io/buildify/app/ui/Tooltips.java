package io.buildify.app.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the mouse first reaches their control rather than when the control is built: a Tooltip is a
 * popup window (about a third of a millisecond each), and a screen's first paint shows none of them. The tooltip
 * is in place before the first mouse move over the control, which is what starts its show timer.
 */
public final class Tooltips {
    private Tooltips() {
    }

    public static void install(Control control, String text) {
        EventHandler<MouseEvent> onFirstEnter = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, onFirstEnter);
    }
}
