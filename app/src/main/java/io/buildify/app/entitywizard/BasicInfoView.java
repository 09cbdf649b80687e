package io.buildify.app.entitywizard;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.EntityType;
import io.buildify.core.model.SortOrder;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Duration;
import javafx.animation.PauseTransition;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 1 "Basic info": binds the form controls to a {@link BasicInfoViewModel}. */
public final class BasicInfoView extends VBox {

    static final Duration NAME_CHECK_DELAY = Duration.millis(400);
    private static final StringConverter<String> NONE_AS_TEXT = Forms.display(v -> v.isEmpty() ? "(none)" : v);

    public BasicInfoView(BasicInfoViewModel viewModel, ProblemDecorator decorator) {
        getStyleClass().add("wizard-page");
        GridPane grid = Forms.grid();

        TextField name = text("entityName", viewModel, viewModel.nameProperty());
        name.setPromptText("snake_case, e.g. customer");
        Forms.row(grid, "Technical name", name, decorator.attach(name, "name"));
        viewModel.nameCheck().ifPresent(check -> ((VBox) name.getParent()).getChildren().add(serverHint(name, check)));
        TextField label = text("entityLabel", viewModel, viewModel.labelProperty());
        Forms.row(grid, "Label", label, decorator.attach(label, "label"));
        TextField plural = text("entityPluralLabel", viewModel, viewModel.pluralLabelProperty());
        Forms.row(grid, "Plural label", plural, decorator.attach(plural, "plural_label"));
        TextField table = text("entityTableName", viewModel, viewModel.tableNameProperty());
        table.setPromptText("derived from the technical name");
        Forms.row(grid, "Table name", table, decorator.attach(table, "table_name"));

        TextArea description = new TextArea();
        description.setId("entityDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        bind(description, viewModel, viewModel.descriptionProperty());
        Forms.row(grid, "Description", description, decorator.attach(description, "description"));

        TextField category = text("entityCategory", viewModel, viewModel.categoryProperty());
        category.setPromptText("e.g. Sales");
        Forms.row(grid, "Category", category, decorator.attach(category, "category"));

        ComboBox<EntityType> type = new ComboBox<>();
        type.setId("entityType");
        type.getItems().setAll(BasicInfoViewModel.ENTITY_TYPES);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntityType value) {
                return value == null ? "" : switch (value) {
                    case CUSTOM -> "Custom";
                    case SYSTEM -> "System";
                    case VIRTUAL -> "Virtual (no table)";
                };
            }

            @Override
            public EntityType fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        type.valueProperty().bindBidirectional(viewModel.entityTypeProperty());
        Forms.row(grid, "Entity type", type, decorator.attach(type, "entity_type"));

        ComboBox<String> icon = new ComboBox<>();
        icon.setId("entityIcon");
        icon.getItems().setAll(BasicInfoViewModel.ICONS);
        icon.setPromptText("none");
        icon.setCellFactory(list -> new IconCell());
        icon.setButtonCell(new IconCell());
        icon.valueProperty().bindBidirectional(viewModel.iconProperty());
        Forms.row(grid, "Icon", icon, decorator.attach(icon, "icon"));

        ComboBox<String> primary = new ComboBox<>(viewModel.primaryFieldChoices());
        primary.setId("entityPrimaryField");
        primary.setPromptText("add fields in step 2 first");
        primary.setConverter(NONE_AS_TEXT);
        primary.valueProperty().bindBidirectional(viewModel.primaryFieldProperty());
        Forms.row(grid, "Primary field", primary, decorator.attach(primary, "primary_field"));

        ComboBox<String> sortField = new ComboBox<>(viewModel.sortFieldChoices());
        sortField.setId("entitySortField");
        sortField.setPromptText("created_at");
        sortField.setConverter(Forms.display(v -> v.isEmpty() ? "(none: created_at)" : v));
        sortField.valueProperty().bindBidirectional(viewModel.sortFieldProperty());
        ComboBox<SortOrder> sortOrder = new ComboBox<>();
        sortOrder.setId("entitySortOrder");
        sortOrder.getItems().setAll(BasicInfoViewModel.SORT_ORDERS);
        sortOrder.setConverter(Forms.display(o -> o == SortOrder.ASC ? "ascending" : "descending"));
        sortOrder.valueProperty().bindBidirectional(viewModel.sortOrderProperty());
        Forms.row(grid, "Default sort", new HBox(8, sortField, sortOrder),
                decorator.attach(sortField, "default_sort_field"));

        TextField perPage = new TextField();
        perPage.setId("entityRecordsPerPage");
        perPage.setPrefColumnCount(6);
        perPage.setMaxWidth(120);
        TextFormatter<Integer> perPageFormat = Forms.integerFormatter();
        perPage.setTextFormatter(perPageFormat);
        perPageFormat.valueProperty().bindBidirectional(viewModel.recordsPerPageProperty());
        Forms.row(grid, "Records per page", perPage, decorator.attach(perPage, "records_per_page"));

        FlowPane options = new FlowPane(16, 8,
                check("optionAudited", "Audited", viewModel.auditedProperty()),
                check("optionVersioned", "Versioned", viewModel.versionedProperty()),
                check("optionSoftDelete", "Soft delete", viewModel.softDeleteProperty()),
                check("optionAttachments", "Attachments", viewModel.attachmentsProperty()),
                check("optionComments", "Comments", viewModel.commentsProperty()));
        Forms.row(grid, "Options", options, null);

        getChildren().add(grid);
    }

    /**
     * The server's verdict on the name, under the name's own problem message. The check runs once on opening and
     * then {@link #NAME_CHECK_DELAY} after the last keystroke, so typing a name costs one request, not one a key.
     */
    private static Label serverHint(TextField name, ServerNameCheck check) {
        Label hint = new Label();
        hint.setId("entityNameServerHint");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.textProperty().bind(check.hintProperty());
        hint.visibleProperty().bind(check.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        PauseTransition debounce = new PauseTransition(NAME_CHECK_DELAY);
        debounce.setOnFinished(event -> check.check());
        name.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        check.check();
        return hint;
    }

    /** An icon with its name, for the icon choice. */
    private static final class IconCell extends ListCell<String> {
        @Override
        protected void updateItem(String literal, boolean empty) {
            super.updateItem(literal, empty);
            if (empty || literal == null) {
                setGraphic(null);
                setText(null);
            } else {
                FontIcon graphic = new FontIcon(literal);
                graphic.setIconSize(16);
                setGraphic(graphic);
                setText(literal.substring(literal.indexOf('-') + 1).replace('-', ' '));
            }
        }
    }

    private static TextField text(String id, BasicInfoViewModel viewModel, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        bind(field, viewModel, value);
        return field;
    }

    private static void bind(TextInputControl control, BasicInfoViewModel viewModel,
                             StringProperty value) {
        control.textProperty().bindBidirectional(value);
        Forms.onCommit(control, viewModel::commit);
    }

    private static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
