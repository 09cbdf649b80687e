package io.buildify.app.entitywizard;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.ProblemDecorator;
import io.buildify.core.model.FieldType;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Property editor of the selected custom field. The rows shown depend on the field type (bound to the
 * ViewModel's {@code shows…} flags); problem paths follow the selection ({@code fields[i].…}).
 */
public final class FieldEditorView extends StackPane {
    private final FieldEditorViewModel viewModel;
    private final ProblemDecorator decorator;
    private final ReadOnlyStringProperty prefix;

    public FieldEditorView(FieldEditorViewModel viewModel, ReadOnlyStringProperty selectedPath,
                           ObservableList<String> lookupTargets, ProblemDecorator decorator) {
        this.viewModel = viewModel;
        this.decorator = decorator;
        this.prefix = selectedPath;
        getStyleClass().add("field-editor");
        GridPane grid = Forms.grid();

        TextField name = text("fieldName", viewModel.nameProperty());
        name.setPromptText("snake_case, e.g. email");
        Forms.row(grid, "Name", name, problem(name, "name"));
        TextField label = text("fieldLabel", viewModel.labelProperty());
        Forms.row(grid, "Label", label, problem(label, "label"));

        ComboBox<FieldType> type = new ComboBox<>();
        type.setId("fieldType");
        type.setVisibleRowCount(12);
        type.getItems().setAll(FieldEditorViewModel.FIELD_TYPES);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(FieldType value) {
                return value == null ? "" : value.displayName() + "  ·  " + value.code();
            }

            @Override
            public FieldType fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        Forms.row(grid, "Type", type, problem(type, "type"));

        GridPane lengthSection = Forms.section(viewModel.showsMaxLengthProperty());
        TextField maxLength = number("fieldMaxLength", viewModel.maxLengthProperty(), "255");
        Forms.row(lengthSection, "Max length", maxLength, problem(maxLength, "max_length"));

        GridPane decimalSection = Forms.section(viewModel.showsPrecisionProperty());
        TextField precision = number("fieldPrecision", viewModel.precisionProperty(), "18");
        Forms.row(decimalSection, "Precision", precision, problem(precision, "precision"));
        TextField scale = number("fieldScale", viewModel.scaleProperty(), "2");
        Forms.row(decimalSection, "Decimal places", scale, problem(scale, "decimal_places"));

        TextArea allowed = new TextArea();
        allowed.setId("fieldAllowedValues");
        allowed.setPromptText("one value per line");
        allowed.setPrefRowCount(4);
        allowed.textProperty().bindBidirectional(viewModel.allowedValuesProperty());
        Forms.onCommit(allowed, viewModel::commit);
        GridPane selectSection = Forms.section(viewModel.showsAllowedValuesProperty());
        Forms.row(selectSection, "Allowed values", allowed, problem(allowed, "allowed_values"));

        ComboBox<String> lookup = new ComboBox<>(lookupTargets);
        lookup.setId("fieldLookupEntity");
        lookup.setPromptText("choose an entity");
        lookup.valueProperty().bindBidirectional(viewModel.lookupEntityProperty());
        GridPane lookupSection = Forms.section(viewModel.showsLookupProperty());
        Forms.row(lookupSection, "Target entity", lookup, problem(lookup, "lookup_entity"));

        GridPane common = Forms.grid();
        FlowPane constraints = new FlowPane(16, 8,
                check("fieldRequired", "Required", viewModel.requiredProperty()),
                check("fieldUnique", "Unique", viewModel.uniqueProperty()),
                check("fieldIndexed", "Indexed", viewModel.indexedProperty()));
        Forms.row(common, "Constraints", constraints, null);

        TextArea description = new TextArea();
        description.setId("fieldDescription");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        Forms.onCommit(description, viewModel::commit);
        Forms.row(common, "Description", description, null);

        VBox form = new VBox(10, grid, lengthSection, decimalSection, selectSection, lookupSection, common, more());
        form.visibleProperty().bind(viewModel.activeProperty());
        Label empty = new Label("Select a field in the table, or add one.");
        empty.getStyleClass().add("placeholder-text");
        empty.visibleProperty().bind(viewModel.activeProperty().not());
        getChildren().addAll(empty, form);
        setAlignment(form, Pos.TOP_LEFT);
        setAlignment(empty, Pos.TOP_LEFT);
    }

    /**
     * The less used properties in a collapsed "More" pane. It opens by itself when one of its controls gets a
     * problem, so a contradiction (e.g. min length above max length) is never hidden.
     */
    private TitledPane more() {
        GridPane form = Forms.grid();
        Forms.row(form, "Help text", text("fieldHelpText", viewModel.helpTextProperty()), null);
        Forms.row(form, "Placeholder", text("fieldPlaceholder", viewModel.placeholderProperty()), null);
        TextField before = text("fieldPrefix", viewModel.prefixProperty());
        before.setPromptText("before, e.g. $");
        TextField after = text("fieldSuffix", viewModel.suffixProperty());
        after.setPromptText("after, e.g. kg");
        HBox affixes = new HBox(8, before, after);
        HBox.setHgrow(before, Priority.ALWAYS);
        HBox.setHgrow(after, Priority.ALWAYS);
        Forms.row(form, "Prefix / suffix", affixes, null);
        DefaultValueInput defaults = new DefaultValueInput(viewModel);
        Label defaultProblem = problem(defaults.text(), "default_value");
        defaults.controls().stream().filter(c -> c != defaults.text()).forEach(c -> problem(c, "default_value"));
        Forms.row(form, "Default value", defaults, defaultProblem);
        FieldFormViewModel look = viewModel.form();
        ComboBox<String> input = new ComboBox<>(look.inputTypeChoices());
        input.setId("fieldInputType");
        input.setConverter(Forms.display(v -> v.isEmpty() ? "(default)" : InputTypes.describe(v)));
        input.setTooltip(new Tooltip("How the generated form shows this field; (default) is the type's usual input"));
        input.valueProperty().bindBidirectional(look.inputTypeProperty());
        input.setMaxWidth(Double.MAX_VALUE); // the descriptions are long: the whole row, read-only below it
        CheckBox readOnly = check("fieldReadOnly", "Read-only", viewModel.readOnlyProperty());
        Forms.row(form, "Form input", new VBox(8, input, readOnly), null);
        Spinner<Integer> position = new Spinner<>(1, 1, 1);
        position.setId("fieldPosition");
        position.setMaxWidth(90);
        var positions = (SpinnerValueFactory.IntegerSpinnerValueFactory) position.getValueFactory();
        positions.maxProperty().bind(look.fieldCountProperty());
        positions.valueProperty().bindBidirectional(look.positionProperty());
        Label of = new Label();
        of.getStyleClass().add("hint-text");
        of.textProperty().bind(Bindings.concat("of ", look.fieldCountProperty(), " in forms and lists"));
        HBox positionRow = new HBox(8, position, of);
        positionRow.setAlignment(Pos.CENTER_LEFT);
        Forms.row(form, "Position", positionRow, null);

        GridPane textRules = Forms.section(viewModel.showsTextRulesProperty());
        TextField minLength = number("fieldMinLength", viewModel.minLengthProperty(), "none");
        Forms.row(textRules, "Min length", minLength, problem(minLength, "min_length"));
        GridPane ruleGrid = Forms.grid();
        Forms.row(ruleGrid, "Rules", new ValidationRulesView(look, this::problem), null);
        ruleGrid.visibleProperty().bind(Bindings.isNotEmpty(look.rules()).or(Bindings.isNotEmpty(look.addableKinds())));
        ruleGrid.managedProperty().bind(ruleGrid.visibleProperty());

        GridPane range = Forms.section(viewModel.showsRangeProperty());
        TextField minValue = decimal("fieldMinValue", viewModel.minValueProperty());
        Forms.row(range, "Min value", minValue, problem(minValue, "min_value"));
        TextField maxValue = decimal("fieldMaxValue", viewModel.maxValueProperty());
        Forms.row(range, "Max value", maxValue, problem(maxValue, "max_value"));

        TitledPane pane = new TitledPane("More", new VBox(10, form, textRules, range, ruleGrid));
        pane.setId("fieldMorePane");
        pane.setExpanded(false);
        pane.setAnimated(false);
        for (Node node : List.of(form, textRules, range, ruleGrid)) {
            node.lookupAll(".problem-message").forEach(message -> message.visibleProperty().addListener(
                    (obs, was, shown) -> pane.setExpanded(pane.isExpanded() || shown)));
        }
        return pane;
    }

    /** Decorates {@code control} with the problem at {@code <selected field>.<property>}. */
    private Label problem(Control control, String property) {
        ObservableStringValue path = Bindings.createStringBinding(
                () -> prefix.get().isEmpty() ? "" : prefix.get() + "." + property, prefix);
        return decorator.attach(control, path);
    }

    private TextField decimal(String id, StringProperty value) {
        TextField field = text(id, value);
        field.setMaxWidth(160);
        field.setPromptText("none");
        field.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("-?\\d*(\\.\\d*)?") ? change : null));
        return field;
    }

    private TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        Forms.onCommit(field, viewModel::commit);
        return field;
    }

    private static TextField number(String id, ObjectProperty<Integer> value, String defaultText) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(120);
        field.setPromptText("default " + defaultText);
        TextFormatter<Integer> format = Forms.integerFormatter();
        field.setTextFormatter(format);
        format.valueProperty().bindBidirectional(value);
        return field;
    }

    private static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
