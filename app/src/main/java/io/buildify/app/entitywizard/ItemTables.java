package io.buildify.app.entitywizard;

import io.buildify.app.ui.ProblemCell;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** The tables of the Relationships and Indexes steps: one {@link ItemRow} per item, selection bound both ways. */
final class ItemTables {
    private ItemTables() {
    }

    static <T> TableView<ItemRow<T>> table(String id, ObservableList<ItemRow<T>> rows,
                                           ObjectProperty<ItemRow<T>> selected, String placeholder) {
        TableView<ItemRow<T>> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(placeholder));
        TableColumn<ItemRow<T>, String> problem = new TableColumn<>("");
        problem.setPrefWidth(28);
        problem.setMaxWidth(28);
        problem.setCellValueFactory(cell -> cell.getValue().problemProperty());
        problem.setCellFactory(column -> new ProblemCell<>());
        problem.setSortable(false);
        problem.setReorderable(false);
        table.getColumns().add(problem);

        // The table may clear its selection while rows are replaced; ignore those blinks.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    /** A column showing {@code text} of the row's current item, updated as the item is edited. */
    static <T> TableColumn<ItemRow<T>, String> column(String title, double width, Function<T, String> text) {
        TableColumn<ItemRow<T>, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> text.apply(cell.getValue().item()), cell.getValue().itemProperty()));
        return column;
    }
}
