package io.buildify.app.entitywizard;

import io.buildify.core.model.FieldType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The default value input of the field editor, shaped by the field type: a date picker (with "today") for dates, a
 * three-state checkbox for yes/no (undecided = no default), a choice among the allowed values for a single select,
 * a text field that takes only digits for numbers, and plain text otherwise. All of them edit the ViewModel's
 * default value text, so validation and undo work the same for every type.
 */
final class DefaultValueInput extends StackPane {
    private final FieldEditorViewModel viewModel;
    private final TextField text = new TextField();
    private final DatePicker date = new DatePicker();
    private final CheckBox today = new CheckBox("Today");
    private final HBox dateBox = new HBox(8, date, today);
    private final CheckBox yesNo = new CheckBox();
    private final ComboBox<String> choice = new ComboBox<>();
    /** Set while the controls are updated from the ViewModel, so they do not write back. */
    private boolean syncing;

    DefaultValueInput(FieldEditorViewModel viewModel) {
        this.viewModel = viewModel;
        text.setId("fieldDefaultValue");
        text.setPromptText("none");
        text.textProperty().bindBidirectional(viewModel.defaultValueProperty());
        io.buildify.app.ui.Forms.onCommit(text, viewModel::commit);
        date.setId("fieldDefaultDate");
        date.setPromptText("none");
        date.setConverter(isoDates());
        today.setId("fieldDefaultToday");
        yesNo.setId("fieldDefaultYesNo");
        yesNo.setAllowIndeterminate(true);
        choice.setId("fieldDefaultChoice");
        choice.setConverter(io.buildify.app.ui.Forms.display(v -> v.isEmpty() ? "(none)" : v));
        getChildren().addAll(text, dateBox, yesNo, choice);

        date.valueProperty().addListener((obs, old, now) -> write(now == null ? "" : now.toString()));
        today.selectedProperty().addListener((obs, old, now) -> write(now ? "now" : date.getValue() == null ? ""
                : date.getValue().toString()));
        yesNo.indeterminateProperty().addListener((obs, old, now) -> writeYesNo());
        yesNo.selectedProperty().addListener((obs, old, now) -> writeYesNo());
        choice.valueProperty().addListener((obs, old, now) -> write(now == null ? "" : now));
        viewModel.typeProperty().addListener((obs, old, now) -> sync());
        viewModel.defaultValueProperty().addListener((obs, old, now) -> sync());
        viewModel.allowedValuesProperty().addListener((obs, old, now) -> sync());
        sync();
    }

    /** The inputs that may carry the default value's problem decoration. */
    List<Control> controls() {
        return List.of(text, date, yesNo, choice);
    }

    TextField text() {
        return text;
    }

    private void writeYesNo() {
        write(yesNo.isIndeterminate() ? "" : Boolean.toString(yesNo.isSelected()));
    }

    private void write(String value) {
        if (!syncing) {
            viewModel.defaultValueProperty().set(value);
            viewModel.commit();
        }
    }

    private void sync() {
        FieldType type = viewModel.typeProperty().get();
        String value = viewModel.defaultValueProperty().get() == null ? "" : viewModel.defaultValueProperty().get();
        syncing = true;
        try {
            show(type == FieldType.DATE ? dateBox : type == FieldType.BOOLEAN ? yesNo
                    : type == FieldType.SINGLE_SELECT ? choice : text);
            text.setTextFormatter(type != null && type.isNumeric() ? numbersOnly(type) : null);
            boolean now = value.strip().equalsIgnoreCase("now");
            today.setSelected(now);
            date.setDisable(now);
            date.setValue(now ? null : parseDate(value));
            yesNo.setIndeterminate(!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false"));
            yesNo.setSelected(value.equalsIgnoreCase("true"));
            yesNo.setText(yesNo.isIndeterminate() ? "No default" : yesNo.isSelected() ? "Yes" : "No");
            List<String> choices = Stream.concat(Stream.of(""),
                    FieldEditorViewModel.parseValues(viewModel.allowedValuesProperty().get()).stream()).toList();
            if (!choice.getItems().equals(choices)) {
                choice.getItems().setAll(choices);
            }
            choice.setValue(choices.contains(value) ? value : "");
        } finally {
            syncing = false;
        }
    }

    private void show(javafx.scene.Node shown) {
        Consumer<javafx.scene.Node> toggle = node -> {
            node.setVisible(node == shown);
            node.setManaged(node == shown);
        };
        List.of(text, dateBox, yesNo, choice).forEach(toggle);
    }

    /** Digits (and for decimals one point) with an optional minus: a typo never becomes the default. */
    private static TextFormatter<String> numbersOnly(FieldType type) {
        boolean whole = type == FieldType.INTEGER || type == FieldType.BIGINTEGER;
        String pattern = whole ? "-?\\d*" : "-?\\d*(\\.\\d*)?";
        return new TextFormatter<>(change -> change.getControlNewText().matches(pattern) ? change : null);
    }

    private static LocalDate parseDate(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Dates as the validator wants them (2024-12-31), whatever the locale. */
    static StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text == null ? "" : text);
            }
        };
    }
}
