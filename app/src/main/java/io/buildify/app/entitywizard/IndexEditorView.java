package io.buildify.app.entitywizard;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.IndexMethod;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;

/**
 * Property editor of the selected index: name, the two column lists (available → in the index, in order, with
 * up/down), method, unique and WHERE. Problem paths follow the selection ({@code indexes[i].…}).
 */
public final class IndexEditorView extends StackPane {
    private final ProblemDecorator decorator;
    private final ReadOnlyStringProperty prefix;

    public IndexEditorView(IndexEditorViewModel viewModel, ReadOnlyStringProperty selectedPath,
                           ProblemDecorator decorator) {
        this.decorator = decorator;
        this.prefix = selectedPath;
        GridPane grid = Forms.grid();

        TextField name = new TextField();
        name.setId("indexName");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        Forms.onCommit(name, viewModel::commit);
        Forms.row(grid, "Name", name, problem(name, "name"));

        ListView<String> available = new ListView<>(viewModel.availableColumns());
        available.setId("indexAvailableColumns");
        ListView<String> chosen = new ListView<>(viewModel.columns());
        chosen.setId("indexColumns");
        chosen.setPlaceholder(new Label("Add columns from the left"));
        for (ListView<String> list : List.of(available, chosen)) {
            list.getStyleClass().add("dense");
            list.setPrefHeight(190);
            list.setPrefWidth(150);
            HBox.setHgrow(list, Priority.ALWAYS);
        }
        available.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.addColumn(available.getSelectionModel().getSelectedItem());
            }
        });
        Button add = iconButton("indexAddColumn", "Add the column to the index", MaterialDesignC.CHEVRON_RIGHT);
        add.disableProperty().bind(available.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(event -> viewModel.addColumn(available.getSelectionModel().getSelectedItem()));
        Button remove = iconButton("indexRemoveColumn", "Remove the column from the index",
                MaterialDesignC.CHEVRON_LEFT);
        remove.disableProperty().bind(chosen.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> viewModel.removeColumn(chosen.getSelectionModel().getSelectedIndex()));
        Button up = iconButton("indexColumnUp", "Move the column up", MaterialDesignA.ARROW_UP);
        up.disableProperty().bind(chosen.getSelectionModel().selectedIndexProperty().lessThan(1));
        up.setOnAction(event -> move(viewModel, chosen, -1));
        Button down = iconButton("indexColumnDown", "Move the column down", MaterialDesignA.ARROW_DOWN);
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            int i = chosen.getSelectionModel().getSelectedIndex();
            return i < 0 || i >= viewModel.columns().size() - 1;
        }, chosen.getSelectionModel().selectedIndexProperty(), viewModel.columns()));
        down.setOnAction(event -> move(viewModel, chosen, 1));
        VBox buttons = new VBox(6, add, remove, up, down);
        buttons.setAlignment(Pos.CENTER);
        HBox columnLists = new HBox(8, available, buttons, chosen);
        Forms.row(grid, "Columns", columnLists, problem(chosen, "columns"));

        ComboBox<IndexMethod> method = new ComboBox<>();
        method.setId("indexMethod");
        method.getItems().setAll(IndexEditorViewModel.METHODS);
        method.setConverter(Forms.display(IndexEditorView::methodText));
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        Forms.row(grid, "Method", method, problem(method, "method"));

        CheckBox unique = new CheckBox("Unique (no two rows share these values)");
        unique.setId("indexUnique");
        unique.selectedProperty().bindBidirectional(viewModel.uniqueProperty());
        Forms.row(grid, "", unique, problem(unique, "unique"));

        TextField where = new TextField();
        where.setId("indexWhere");
        where.setPromptText("optional, e.g. deleted_at IS NULL");
        where.getStyleClass().add("sql-text");
        where.textProperty().bindBidirectional(viewModel.whereProperty());
        Forms.onCommit(where, viewModel::commit);
        Forms.row(grid, "Only rows where", where, problem(where, "where"));

        grid.visibleProperty().bind(viewModel.activeProperty());
        Label empty = new Label("Select an index in the table, or add one.");
        empty.getStyleClass().add("placeholder-text");
        empty.visibleProperty().bind(viewModel.activeProperty().not());
        getChildren().addAll(empty, grid);
        setAlignment(grid, Pos.TOP_LEFT);
        setAlignment(empty, Pos.TOP_LEFT);
    }

    static String methodText(IndexMethod method) {
        return switch (method) {
            case BTREE -> "btree (default: equality, ranges, sorting)";
            case HASH -> "hash (equality on one column)";
            case GIN -> "gin (json, multiple select)";
            case GIST -> "gist (geometric, ranges)";
        };
    }

    private static void move(IndexEditorViewModel viewModel, ListView<String> chosen, int delta) {
        int index = chosen.getSelectionModel().getSelectedIndex();
        viewModel.moveColumn(index, delta);
        chosen.getSelectionModel().select(index + delta);
    }

    private static Button iconButton(String id, String tooltip, Ikon icon) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private Label problem(Control control, String property) {
        ObservableStringValue path = Bindings.createStringBinding(
                () -> prefix.get().isEmpty() ? "" : prefix.get() + "." + property, prefix);
        return decorator.attach(control, path);
    }
}
