package io.buildify.app.entitywizard;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.IndexDefinition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/** Step 4 "Indexes": the table of indexes with add/remove on the left, the index editor on the right. */
public final class IndexesView extends SplitPane {

    public IndexesView(IndexesViewModel viewModel, ProblemDecorator decorator) {
        getStyleClass().add("indexes-step");

        Button add = new Button("Add index", Icons.of(MaterialDesignP.PLUS));
        add.setId("addIndexButton");
        add.setOnAction(event -> viewModel.addIndex());
        Button remove = new Button("Remove", Icons.of(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("removeIndexButton");
        remove.disableProperty().bind(viewModel.canRemove().not());
        remove.setOnAction(event -> viewModel.removeSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, Forms.sectionTitle("Indexes"), spacer, add, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Speed up searches and sorting on columns, or keep combinations unique. Fields "
                + "marked \"Indexed\" or \"Unique\" in step 2 already have an index of their own.");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);

        TableView<ItemRow<IndexDefinition>> table = ItemTables.table("indexesTable", viewModel.rows(),
                viewModel.selectedRowProperty(), "No indexes yet: click \"Add index\".");
        table.getColumns().addAll(List.of(
                ItemTables.<IndexDefinition>column("Name", 140, IndexDefinition::name),
                ItemTables.<IndexDefinition>column("Columns", 110, x -> String.join(", ", x.columns())),
                ItemTables.<IndexDefinition>column("Method", 64, x -> x.method().code()),
                ItemTables.<IndexDefinition>column("Options", 70, IndexesView::options)));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, header, hint, table);
        left.setPadding(new Insets(0, 12, 0, 0));
        left.setMinWidth(320);

        IndexEditorView editor = new IndexEditorView(viewModel.editor(), viewModel.selectedPathProperty(),
                decorator);
        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.getStyleClass().add("edge-to-edge");
        VBox right = new VBox(8, Forms.sectionTitle("Index properties"), editorScroll);
        VBox.setVgrow(editorScroll, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 12));
        right.setMinWidth(340);

        getItems().addAll(left, right);
        setDividerPositions(0.48);
    }

    private static String options(IndexDefinition x) {
        String where = x.where() == null || x.where().isBlank() ? "" : "partial";
        return x.unique() ? (where.isEmpty() ? "unique" : "unique, partial") : where;
    }
}
