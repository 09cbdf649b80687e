package io.buildify.canvas.internal;

import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * In-place label editing: a text field over the node (or the edge's middle); Enter or leaving the field commits
 * through {@code label.update}, Escape cancels.
 */
final class LabelEditor {
    private final DiagramView view;
    private final DiagramViewSkin skin;
    private final TextField field = new TextField();
    private DiagramElement editing;

    LabelEditor(DiagramView view, DiagramViewSkin skin) {
        this.view = view;
        this.skin = skin;
        field.getStyleClass().add("label-editor");
        field.setManaged(false);
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                commit();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                cancel();
                event.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
    }

    void edit(DiagramElement element) {
        commit();
        editing = element;
        String text;
        Bounds area;
        if (element instanceof DiagramNode node) {
            text = node.getLabel();
            area = node.bounds();
        } else {
            DiagramEdge edge = (DiagramEdge) element;
            text = edge.getLabel();
            area = view.getDiagram().model().boundsOf(java.util.List.of(edge));
        }
        Point2D topLeft = view.modelToLocal(area.getMinX(), area.getCenterY());
        double width = Math.max(120, area.getWidth() * view.getZoom());
        field.setText(text);
        field.resizeRelocate(topLeft.getX(), topLeft.getY() - 14, width, 28);
        skin.overlay().getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    boolean isEditing() {
        return editing != null;
    }

    void commit() {
        DiagramElement element = editing;
        if (element == null) {
            return;
        }
        editing = null;
        String text = field.getText();
        skin.overlay().getChildren().remove(field);
        String old = element instanceof DiagramNode node ? node.getLabel() : ((DiagramEdge) element).getLabel();
        if (!text.equals(old) && view.getDiagram().model().contains(element)) {
            view.getDiagram().modeling().updateLabel(element, text);
        }
        view.requestFocus();
    }

    void cancel() {
        editing = null;
        skin.overlay().getChildren().remove(field);
        view.requestFocus();
    }
}
