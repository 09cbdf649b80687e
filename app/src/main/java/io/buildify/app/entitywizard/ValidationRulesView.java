package io.buildify.app.entitywizard;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.function.BiFunction;

/**
 * The selected field's validation rules, one line each — what it checks, its value (a pattern, or a date picked
 * for the date rules), the message users see — with "Add rule" offering the kinds that fit the field's type.
 * Lines are rebuilt only when rules are added or removed, so typing never loses its place.
 */
final class ValidationRulesView extends VBox {
    private final FieldFormViewModel form;
    /** Decorates a control with the problem at {@code <field path>.<suffix>} and returns the message label. */
    private final BiFunction<Control, String, Label> problem;
    private final VBox lines = new VBox(6);

    ValidationRulesView(FieldFormViewModel form, BiFunction<Control, String, Label> problem) {
        super(6);
        this.form = form;
        this.problem = problem;
        MenuButton add = new MenuButton("Add rule", Icons.of(MaterialDesignP.PLUS));
        add.setId("addRuleButton");
        Runnable kinds = () -> add.getItems().setAll(form.addableKinds().stream().map(kind -> {
            MenuItem item = new MenuItem(kind.displayName());
            item.setId("addRule_" + kind.code());
            item.setOnAction(event -> form.addRule(kind));
            return item;
        }).toList());
        form.addableKinds().addListener((ListChangeListener<RuleKind>) change -> kinds.run());
        kinds.run();
        add.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(form.addableKinds()));
        form.rules().addListener((ListChangeListener<FieldFormViewModel.RuleRow>) change -> rebuild());
        rebuild();
        getChildren().addAll(lines, add);
    }

    private void rebuild() {
        lines.getChildren().setAll(form.rules().stream().map(this::line).toList());
    }

    /** Kind and remove button, then the value (a pattern, or a date picked), then the message users see. */
    private VBox line(FieldFormViewModel.RuleRow row) {
        Label kind = new Label(row.kind().map(RuleKind::displayName).orElse(row.code() + " (kept as is)"));
        kind.getStyleClass().add("rule-kind");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button remove = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        remove.setId("removeRule" + row.index());
        remove.setTooltip(new Tooltip("Remove this rule"));
        remove.setOnAction(event -> form.removeRule(row));
        HBox header = new HBox(8, kind, spacer, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, header);
        String path = "validation_rules[" + row.index() + "]";
        if (row.kind().map(RuleKind::isDate).orElse(false)) {
            DatePicker date = new DatePicker();
            date.setId("ruleDate" + row.index());
            date.setConverter(DefaultValueInput.isoDates());
            date.setValue(DefaultValueInput.isoDates().fromString(row.valueProperty().get()));
            date.valueProperty().addListener((obs, old, now) -> {
                row.valueProperty().set(now == null ? "" : now.toString());
                form.commit();
            });
            row.valueProperty().addListener((obs, old, now) -> {
                if (!now.equals(date.getValue() == null ? "" : date.getValue().toString())) {
                    date.setValue(DefaultValueInput.isoDates().fromString(now));
                }
            });
            box.getChildren().addAll(date, problem.apply(date, path + ".value"));
        } else if (row.kind().map(RuleKind::takesValue).orElse(true)) {
            TextField value = text("ruleValue" + row.index(), row, true);
            value.setPromptText(row.kind().map(RuleKind::valueHint).orElse("value"));
            box.getChildren().addAll(value, problem.apply(value, path + ".value"));
        }
        TextField message = text("ruleMessage" + row.index(), row, false);
        message.setPromptText("message when it fails (optional)");
        box.getChildren().addAll(message, problem.apply(message, path + ".type"));
        box.getStyleClass().add("rule-line");
        return box;
    }

    private TextField text(String id, FieldFormViewModel.RuleRow row, boolean value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value ? row.valueProperty() : row.messageProperty());
        Forms.onCommit(field, form::commit);
        return field;
    }
}
