package io.buildify.canvas.internal;

import io.buildify.canvas.DiagramView;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Ctrl+F: a search field in the view's top-right corner. Enter selects and centres the next node whose label
 * contains the text ({@code DiagramActions.findNext}); the field turns red when nothing matches. Escape closes.
 */
final class FindBar {
    static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");
    private static final double MARGIN = 12;
    private static final double WIDTH = 220;

    private final DiagramView view;
    private final Overlay overlay;
    private final TextField field = new TextField();

    FindBar(DiagramView view, Overlay overlay) {
        this.view = view;
        this.overlay = overlay;
        field.getStyleClass().add("find-field");
        field.setPromptText("Find a node by label");
        field.setManaged(false);
        field.setOnAction(event -> {
            boolean found = view.actions().findNext(field.getText()).isPresent();
            field.pseudoClassStateChanged(NO_MATCH, !found);
        });
        field.textProperty().addListener((o, was, is) -> field.pseudoClassStateChanged(NO_MATCH, false));
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
    }

    void open() {
        if (!overlay.getChildren().contains(field)) {
            overlay.getChildren().add(field);
        }
        field.resizeRelocate(view.getWidth() - WIDTH - MARGIN, MARGIN, WIDTH, 28);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        overlay.getChildren().remove(field);
        view.requestFocus();
    }
}
