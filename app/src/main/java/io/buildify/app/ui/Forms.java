package io.buildify.app.ui;

import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.IntegerStringConverter;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Layout helpers shared by the form-like views: a two-column grid of caption and control. */
public final class Forms {
    private Forms() {
    }

    /** Width of the caption column; fixed so that stacked grids (see {@link #section}) line up. */
    public static final double CAPTION_WIDTH = 130;

    /** A grid with a right-aligned caption column and a growing control column. */
    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints captions = new ColumnConstraints(CAPTION_WIDTH);
        captions.setHalignment(HPos.RIGHT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(captions, controls);
        return grid;
    }

    /** Adds a row: caption, then the control with its problem message (may be null) under it. */
    public static void row(GridPane grid, String caption, Node control, Label problem) {
        int row = grid.getRowCount();
        Label label = new Label(caption);
        label.setLabelFor(control);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0));
        VBox cell = problem == null ? new VBox(control) : new VBox(3, control, problem);
        grid.addRow(row, label, cell);
    }

    /**
     * A grid of its own that is shown only while {@code visible} is true; stack it in a VBox between other grids.
     * (Toggling rows inside one GridPane left hidden rows overlapping the next ones after they reappeared.)
     */
    public static GridPane section(ObservableValue<Boolean> visible) {
        GridPane grid = grid();
        grid.visibleProperty().bind(visible);
        grid.managedProperty().bind(visible);
        return grid;
    }

    /** A read-only converter for combo boxes that show enum values or names with {@code toText}. */
    public static <T> StringConverter<T> display(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** A bold heading above a part of a page ("System fields", "Diagram"). */
    public static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    /** Makes the control commit on Enter and on focus loss: the moment an edit counts as done. */
    public static void onCommit(TextInputControl control, Runnable commit) {
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        if (control instanceof TextField field) {
            field.addEventHandler(ActionEvent.ACTION, event -> commit.run());
        }
    }

    /** A text field for a whole number (or nothing); its value commits on Enter and on focus loss. */
    public static TextFormatter<Integer> integerFormatter() {
        UnaryOperator<TextFormatter.Change> digitsOnly = change ->
                change.getControlNewText().matches("\\d{0,9}") ? change : null;
        return new TextFormatter<>(new IntegerStringConverter(), null, digitsOnly);
    }
}
