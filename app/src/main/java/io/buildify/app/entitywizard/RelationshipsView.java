package io.buildify.app.entitywizard;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.validation.RelationshipNames;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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

/** Step 3 "Relationships": the table with add/remove and the diagram on the left, the editor on the right. */
public final class RelationshipsView extends SplitPane {

    public RelationshipsView(RelationshipsViewModel viewModel, ProblemDecorator decorator) {
        getStyleClass().add("relationships-step");

        Button add = new Button("Add relationship", Icons.of(MaterialDesignP.PLUS));
        add.setId("addRelationshipButton");
        add.setOnAction(event -> viewModel.addRelationship());
        Button remove = new Button("Remove", Icons.of(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("removeRelationshipButton");
        remove.disableProperty().bind(viewModel.canRemove().not());
        remove.setOnAction(event -> viewModel.removeSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, Forms.sectionTitle("Relationships"), spacer, add, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<ItemRow<RelationshipDefinition>> table = ItemTables.table("relationshipsTable", viewModel.rows(),
                viewModel.selectedRowProperty(), "No relationships yet: click \"Add relationship\".");
        table.getColumns().addAll(List.of(
                ItemTables.<RelationshipDefinition>column("Name", 110, RelationshipDefinition::name),
                ItemTables.<RelationshipDefinition>column("Kind", 90, r -> DiagramLink.cardinalityOf(r.kind())),
                ItemTables.<RelationshipDefinition>column("Target", 100,
                        r -> r.targetEntity() == null ? "" : r.targetEntity()),
                ItemTables.<RelationshipDefinition>column("Creates", 140, r -> creates(viewModel, r))));
        table.setPrefHeight(170);

        RelationshipDiagram diagram = new RelationshipDiagram(viewModel.links(), Bindings.createStringBinding(
                () -> viewModel.document().definition().name(), viewModel.document().definitionProperty()));
        VBox.setVgrow(diagram, Priority.ALWAYS);
        VBox left = new VBox(8, header, table, Forms.sectionTitle("Diagram"), diagram);
        left.setPadding(new Insets(0, 12, 0, 0));
        left.setMinWidth(340);

        RelationshipEditorView editor = new RelationshipEditorView(viewModel.editor(),
                viewModel.selectedPathProperty(), viewModel.targets(), decorator);
        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.getStyleClass().add("edge-to-edge");
        VBox right = new VBox(8, Forms.sectionTitle("Relationship properties"), editorScroll);
        VBox.setVgrow(editorScroll, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 12));
        right.setMinWidth(300);

        getItems().addAll(left, right);
        setDividerPositions(0.55);
    }

    /** What the relationship adds to the database, e.g. "order.customer_id" or "table customer_tags". */
    private static String creates(RelationshipsViewModel viewModel, RelationshipDefinition r) {
        var source = viewModel.document().definition();
        return switch (r.kind()) {
            case ONE_TO_MANY -> (r.targetEntity() == null ? "?" : r.targetEntity()) + "."
                    + RelationshipNames.oneToManyColumn(source, r);
            case ONE_TO_ONE -> source.tableName() + "." + RelationshipNames.oneToOneColumn(r);
            case MANY_TO_MANY -> "table " + RelationshipNames.junctionTable(source, r);
        };
    }
}
