package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.EscalationRule;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Escalation rules of the selected state, one box per rule: "After [0] h past the SLA [notify ▾] role [..] user
 * [..]" or "[move to state ▾] [Rejected ▾]". Rows are rebuilt from the document after each change (undo included).
 */
final class EscalationView extends VBox {
    private final EscalationViewModel viewModel;
    private final VBox rows = new VBox(6);
    private final List<EscalationRule> shown = new ArrayList<>();

    EscalationView(EscalationViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        getStyleClass().add("escalation-rules");
        viewModel.rules().addListener((ListChangeListener<EscalationRule>) change -> rebuild());
        rebuild();
        Button add = new Button("Add escalation", Icons.of(MaterialDesignP.PLUS));
        add.setId("addEscalation");
        add.setOnAction(event -> viewModel.add());
        Label hint = new Label("What happens when the SLA is breached.");
        hint.getStyleClass().add("hint-text");
        getChildren().addAll(Forms.sectionTitle("Escalation"), hint, rows, add);
    }

    private void rebuild() {
        if (shown.equals(viewModel.rules())) {
            return;
        }
        shown.clear();
        shown.addAll(viewModel.rules());
        List<Node> boxes = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            boxes.add(ruleBox(i, shown.get(i)));
        }
        WorkflowForms.setRowsKeepingFocus(rows, boxes);
    }

    private Node ruleBox(int index, EscalationRule rule) {
        TextField after = WorkflowForms.committing(String.valueOf(rule.afterHours()), "0",
                text -> viewModel.setAfterHours(index, text));
        after.getStyleClass().add("escalation-after");
        after.setPrefColumnCount(3);
        ComboBox<EscalationKind> kind = new ComboBox<>();
        kind.getItems().setAll(EscalationKind.values());
        kind.setConverter(Forms.display(EscalationView::kindLabel));
        kind.setValue(rule.kind());
        kind.getStyleClass().add("escalation-kind");
        kind.valueProperty().addListener((obs, old, now) -> viewModel.setKind(index, now));
        Button remove = WorkflowForms.removeButton("Remove this escalation", () -> viewModel.remove(index));
        HBox first = new HBox(6, fixed("After"), after, fixed("h"), kind, remove);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(kind, Priority.ALWAYS);
        VBox box = new VBox(4, first);
        box.getStyleClass().add("action-box");
        if (rule.kind() == EscalationKind.MOVE_TO_STATE) {
            Map<String, String> targets = viewModel.targets();
            ComboBox<String> target = new ComboBox<>();
            target.getItems().setAll(targets.keySet());
            target.setConverter(Forms.display(id -> targets.getOrDefault(id, id)));
            target.setValue(rule.moveToStateId());
            target.setPromptText("Pick a state");
            target.setMaxWidth(Double.MAX_VALUE);
            target.getStyleClass().add("escalation-target");
            target.valueProperty().addListener((obs, old, now) -> viewModel.setTarget(index, now));
            box.getChildren().add(line("State", target));
        } else {
            ComboBox<String> role = new ComboBox<>();
            role.setEditable(true);
            role.getItems().setAll(viewModel.knownRoles());
            role.setValue(rule.notifyRole());
            role.setPromptText("role");
            role.setMaxWidth(Double.MAX_VALUE);
            role.getStyleClass().add("escalation-role");
            role.valueProperty().addListener((obs, old, now) -> viewModel.setRole(index, now));
            TextField user = WorkflowForms.committing(rule.notifyUser(), "user (optional)",
                    text -> viewModel.setUser(index, text));
            user.getStyleClass().add("escalation-user");
            box.getChildren().addAll(line("Role", role), line("User", user));
        }
        return box;
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox line(String caption, Node control) {
        Label label = new Label(caption);
        label.setMinWidth(40);
        HBox.setHgrow(control, Priority.ALWAYS);
        HBox line = new HBox(6, label, control);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    static String kindLabel(EscalationKind kind) {
        return switch (kind) {
            case NOTIFY -> "Notify";
            case REASSIGN -> "Reassign to";
            case MOVE_TO_STATE -> "Move to state";
        };
    }
}
