package io.buildify.app.entitywizard;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Forms;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.SystemField;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** Step 2 "Fields": system fields (read-only), the custom-field table with add/remove, and the property editor. */
public final class FieldsView extends SplitPane {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final String DRAGGED_INDEX = "buildify.draggedFieldIndex";

    public FieldsView(FieldsViewModel viewModel, ProblemDecorator decorator) {
        getStyleClass().add("fields-step");

        Label systemTitle = Forms.sectionTitle("System fields");
        Label systemHint = new Label("Every table has these; they cannot be edited.");
        systemHint.getStyleClass().add("hint-text");
        TableView<SystemField> systemTable = systemTable(viewModel);

        Label customTitle = Forms.sectionTitle("Custom fields");
        Button add = new Button("Add field", Icons.of(MaterialDesignP.PLUS));
        add.setId("addFieldButton");
        add.setOnAction(event -> viewModel.addField());
        MenuButton templates = new MenuButton("Template", Icons.of(MaterialDesignL.LIGHTNING_BOLT_OUTLINE));
        templates.setId("fieldTemplateButton");
        for (FieldTemplate template : FieldTemplate.values()) {
            MenuItem item = new MenuItem(template.title());
            item.setId("template" + template.name());
            item.setOnAction(event -> viewModel.addFromTemplate(template));
            templates.getItems().add(item);
        }
        Button remove = new Button("Remove", Icons.of(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("removeFieldButton");
        remove.disableProperty().bind(viewModel.canRemove().not());
        remove.setOnAction(event -> viewModel.removeSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        customTitle.setMinWidth(Region.USE_PREF_SIZE);
        for (Region button : List.of(add, templates, remove)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        templates.setTooltip(new Tooltip("Add a ready-made field: email, money, status, phone, web address, notes"));
        HBox customHeader = new HBox(8, customTitle, spacer, add, templates, remove);
        customHeader.setAlignment(Pos.CENTER_LEFT);
        TableView<ItemRow<FieldDefinition>> customTable = customTable(viewModel);
        VBox.setVgrow(customTable, Priority.ALWAYS);

        Label orderHint = new Label("Drag a row, or press Alt+Up / Alt+Down, to change the order of the fields.");
        orderHint.getStyleClass().add("hint-text");
        orderHint.setWrapText(true);
        VBox left = new VBox(8, systemTitle, systemHint, systemTable, customHeader, customTable, orderHint);
        left.setPadding(new Insets(0, 12, 0, 0));
        left.setMinWidth(320);

        Label editorTitle = Forms.sectionTitle("Field properties");
        FieldEditorView editor = new FieldEditorView(viewModel.editor(), viewModel.selectedPathProperty(),
                viewModel.lookupTargets(), decorator);
        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.getStyleClass().add("edge-to-edge");
        VBox right = new VBox(8, editorTitle, editorScroll);
        VBox.setVgrow(editorScroll, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 12));
        right.setMinWidth(300);

        getItems().addAll(left, right);
        setDividerPositions(0.52);
    }

    private static TableView<SystemField> systemTable(FieldsViewModel viewModel) {
        TableView<SystemField> table = new TableView<>(viewModel.systemFields());
        table.setId("systemFieldsTable");
        table.getStyleClass().addAll("dense", "system-fields");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFocusTraversable(false);
        table.setSelectionModel(null);
        table.getColumns().add(column("Name", 140, f -> f.name()));
        table.getColumns().add(column("PostgreSQL type", 120, f -> f.sqlType()));
        table.getColumns().add(column("Nullable", 70, f -> f.nullable() ? "yes" : "no"));
        // Tall enough for all rows (5 or 6) without a scroll bar.
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(Bindings.size(viewModel.systemFields())
                .multiply(26).add(44));
        table.minHeightProperty().bind(table.prefHeightProperty());
        return table;
    }

    private static TableView<ItemRow<FieldDefinition>> customTable(FieldsViewModel viewModel) {
        TableView<ItemRow<FieldDefinition>> table = ItemTables.table("customFieldsTable", viewModel.rows(),
                viewModel.selectedRowProperty(), "No custom fields yet: click \"Add field\".");
        table.getColumns().addAll(List.of(
                ItemTables.column("Name", 130, FieldDefinition::name),
                ItemTables.column("Type", 110, f -> f.type().displayName()),
                ItemTables.column("Constraints", 100, f -> String.join(", ", Stream.of(
                        f.required() ? "required" : null, f.unique() ? "unique" : null)
                        .filter(Objects::nonNull).toList()))));
        table.setRowFactory(view -> reorderableRow(viewModel));
        table.setOnKeyPressed(event -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (event.isAltDown() && index >= 0 && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                viewModel.moveField(index, index + (event.getCode() == KeyCode.UP ? -1 : 1));
                event.consume();
            }
        });
        return table;
    }

    /**
     * A row that can be dragged onto another row to move its field there. Uses JavaFX's "full press-drag-release"
     * gesture rather than platform drag and drop: the rows are in one table, no data leaves the app, and it behaves
     * the same on every platform and headless.
     */
    private static TableRow<ItemRow<FieldDefinition>> reorderableRow(FieldsViewModel viewModel) {
        TableRow<ItemRow<FieldDefinition>> row = new TableRow<>();
        row.setOnDragDetected(event -> {
            if (!row.isEmpty()) {
                row.startFullDrag();
                row.getTableView().getProperties().put(DRAGGED_INDEX, row.getIndex());
            }
        });
        row.setOnMouseDragEntered(event -> row.pseudoClassStateChanged(DROP_TARGET, draggedIndex(row) != null));
        row.setOnMouseDragExited(event -> row.pseudoClassStateChanged(DROP_TARGET, false));
        row.setOnMouseDragReleased(event -> {
            row.pseudoClassStateChanged(DROP_TARGET, false);
            Integer from = draggedIndex(row);
            if (from != null) {
                int to = row.isEmpty() ? viewModel.rows().size() - 1 : row.getIndex();
                viewModel.moveField(from, to);
            }
        });
        row.setOnMouseReleased(event -> row.getTableView().getProperties().remove(DRAGGED_INDEX));
        return row;
    }

    private static Integer draggedIndex(TableRow<ItemRow<FieldDefinition>> row) {
        return row.getTableView() == null ? null : (Integer) row.getTableView().getProperties().get(DRAGGED_INDEX);
    }

    private static <T> TableColumn<T, String> column(String title, double width,
                                                      Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
