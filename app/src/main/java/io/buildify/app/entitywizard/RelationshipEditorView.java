package io.buildify.app.entitywizard;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.ReferentialAction;
import io.buildify.core.model.RelationshipKind;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Property editor of the selected relationship; problem paths follow the selection ({@code relationships[i].…}). */
public final class RelationshipEditorView extends StackPane {
    private final RelationshipEditorViewModel viewModel;
    private final ProblemDecorator decorator;
    private final ReadOnlyStringProperty prefix;

    public RelationshipEditorView(RelationshipEditorViewModel viewModel, ReadOnlyStringProperty selectedPath,
                                  ObservableList<String> targets, ProblemDecorator decorator) {
        this.viewModel = viewModel;
        this.decorator = decorator;
        this.prefix = selectedPath;
        GridPane grid = Forms.grid();

        ComboBox<RelationshipKind> kind = new ComboBox<>();
        kind.setId("relationshipKind");
        kind.getItems().setAll(RelationshipEditorViewModel.KINDS);
        kind.setConverter(Forms.display(RelationshipEditorView::kindText));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Forms.row(grid, "Kind", kind, problem(kind, "kind"));

        ComboBox<String> target = new ComboBox<>(targets);
        target.setId("relationshipTarget");
        target.setPromptText("choose an entity");
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        Forms.row(grid, "Target entity", target, problem(target, "target_entity"));

        TextField name = text("relationshipName", viewModel.nameProperty());
        name.setPromptText("snake_case, e.g. orders");
        Forms.row(grid, "Name", name, problem(name, "name"));
        TextField label = text("relationshipLabel", viewModel.labelProperty());
        Forms.row(grid, "Label", label, problem(label, "label"));

        GridPane keySection = Forms.section(viewModel.manyToManyProperty().not());
        TextField column = text("relationshipColumn", viewModel.foreignKeyColumnProperty());
        column.promptTextProperty().bind(Bindings.concat("default: ", viewModel.derivedNameProperty()));
        Forms.row(keySection, "Foreign key", column, problem(column, "foreign_key_column"));
        CheckBox required = new CheckBox("Required (NOT NULL)");
        required.setId("relationshipRequired");
        required.selectedProperty().bindBidirectional(viewModel.requiredProperty());
        Forms.row(keySection, "", required, null);

        GridPane junctionSection = Forms.section(viewModel.manyToManyProperty());
        TextField junction = text("relationshipJunction", viewModel.junctionTableProperty());
        junction.promptTextProperty().bind(Bindings.concat("default: ", viewModel.derivedNameProperty()));
        Forms.row(junctionSection, "Junction table", junction, problem(junction, "junction_table"));

        GridPane actions = Forms.grid();
        ComboBox<ReferentialAction> onDelete = action("relationshipOnDelete", viewModel.onDeleteProperty());
        Forms.row(actions, "On delete", onDelete, problem(onDelete, "on_delete"));
        ComboBox<ReferentialAction> onUpdate = action("relationshipOnUpdate", viewModel.onUpdateProperty());
        Forms.row(actions, "On update", onUpdate, problem(onUpdate, "on_update"));

        Label explanation = new Label();
        explanation.setId("relationshipExplanation");
        explanation.getStyleClass().add("hint-text");
        explanation.setWrapText(true);
        explanation.textProperty().bind(viewModel.explanationProperty());

        VBox form = new VBox(10, grid, keySection, junctionSection, actions, explanation);
        form.visibleProperty().bind(viewModel.activeProperty());
        Label empty = new Label("Select a relationship in the table, or add one.");
        empty.getStyleClass().add("placeholder-text");
        empty.visibleProperty().bind(viewModel.activeProperty().not());
        getChildren().addAll(empty, form);
        setAlignment(form, Pos.TOP_LEFT);
        setAlignment(empty, Pos.TOP_LEFT);
    }

    static String kindText(RelationshipKind kind) {
        return switch (kind) {
            case ONE_TO_MANY -> "One-to-many  (1 : N)";
            case ONE_TO_ONE -> "One-to-one  (1 : 1)";
            case MANY_TO_MANY -> "Many-to-many  (N : M)";
        };
    }

    private ComboBox<ReferentialAction> action(String id, ObjectProperty<ReferentialAction> value) {
        ComboBox<ReferentialAction> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(RelationshipEditorViewModel.ACTIONS);
        combo.setConverter(Forms.display(ReferentialAction::sql));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    private Label problem(Control control, String property) {
        ObservableStringValue path = Bindings.createStringBinding(
                () -> prefix.get().isEmpty() ? "" : prefix.get() + "." + property, prefix);
        return decorator.attach(control, path);
    }

    private TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        Forms.onCommit(field, viewModel::commit);
        return field;
    }
}
