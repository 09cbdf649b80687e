package io.buildify.app.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * A narrow table cell that shows an alert icon, with the message as tooltip, on rows whose item has an error.
 *
 * @param <S> the row type
 */
public final class ProblemCell<S> extends TableCell<S, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null || item.isEmpty()) {
            setGraphic(null);
            setTooltip(null);
        } else {
            var icon = Icons.of(MaterialDesignA.ALERT_CIRCLE);
            icon.getStyleClass().add("problem-icon");
            setGraphic(icon);
            setTooltip(new Tooltip(item));
        }
    }
}
