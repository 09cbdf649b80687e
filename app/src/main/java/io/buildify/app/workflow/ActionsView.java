package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import io.buildify.app.workflow.ActionsViewModel.Phase;
import io.buildify.core.model.ActionKind;
import io.buildify.core.model.WorkflowAction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Action lists of the selected element (a state's on-entry and on-exit actions, or a transition's): per action its
 * kind, a label, key/value setting rows and the action's problems in red, with add/remove buttons. A value is written when its box is left or Enter is pressed; the rows are rebuilt from
 * the document after every change of the actions (undo included), the focused box keeping the focus.
 */
final class ActionsView extends VBox {
    private final ActionsViewModel viewModel;

    ActionsView(ActionsViewModel viewModel, Phase... phases) {
        super(8);
        this.viewModel = viewModel;
        getStyleClass().add("element-actions");
        for (Phase phase : phases) {
            getChildren().add(section(phase));
        }
    }

    private VBox section(Phase phase) {
        VBox rows = new VBox(6);
        ObservableList<WorkflowAction> actions = viewModel.actions(phase);
        List<WorkflowAction> shown = new ArrayList<>();
        Runnable rebuild = () -> {
            if (!shown.equals(actions)) { // after an edit, undo or redo: show the document, keep the focus
                shown.clear();
                shown.addAll(actions);
                WorkflowForms.setRowsKeepingFocus(rows, actions.stream().map(a -> actionBox(phase, a)).toList());
            }
        };
        actions.addListener((ListChangeListener<WorkflowAction>) change -> rebuild.run());
        rebuild.run();
        MenuButton add = new MenuButton("Add action", Icons.of(MaterialDesignP.PLUS));
        add.setId("add" + WorkflowForms.enumLabel(phase).replace(" ", "") + "Action");
        for (ActionKind kind : ActionKind.values()) {
            MenuItem item = new MenuItem(WorkflowForms.enumLabel(kind));
            item.setOnAction(event -> viewModel.add(phase, kind));
            add.getItems().add(item);
        }
        return new VBox(6, Forms.sectionTitle(phase == Phase.TRANSITION ? "Actions when taken"
                : phase.title() + " actions"), rows, add);
    }

    private VBox actionBox(Phase phase, WorkflowAction action) {
        Label kind = new Label(WorkflowForms.enumLabel(action.kind()));
        kind.getStyleClass().add("action-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        TextField label = field(action.label(), "Label", text -> viewModel.setLabel(phase, action.id(), text));
        HBox.setHgrow(label, Priority.ALWAYS);
        Button remove = iconButton("Remove this action", () -> viewModel.remove(phase, action.id()));
        VBox box = new VBox(4, new HBox(6, kind, label, remove));
        box.getStyleClass().add("action-box");
        for (String key : ActionsViewModel.orderedKeys(action)) {
            TextField keyField = field(key, "setting", text -> viewModel.renameSetting(phase, action.id(), key, text));
            keyField.setPrefColumnCount(6);
            TextField value = field(action.settings().get(key), key,
                    text -> viewModel.putSetting(phase, action.id(), key, text));
            HBox.setHgrow(value, Priority.ALWAYS);
            Button removeSetting = iconButton("Remove this setting",
                    () -> viewModel.removeSetting(phase, action.id(), key));
            box.getChildren().add(new HBox(6, keyField, value, removeSetting));
        }
        Button addSetting = new Button("Add setting", Icons.of(MaterialDesignP.PLUS));
        addSetting.getStyleClass().add("flat");
        addSetting.setOnAction(event -> viewModel.putSetting(phase, action.id(), uniqueKey(action), ""));
        box.getChildren().add(addSetting);
        for (String problem : viewModel.problems(action)) {
            Label message = new Label(problem);
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            box.getChildren().add(message);
        }
        return box;
    }

    private static String uniqueKey(WorkflowAction action) {
        String key = "setting";
        for (int n = 2; action.settings().containsKey(key); n++) {
            key = "setting_" + n;
        }
        return key;
    }

    private static TextField field(String text, String prompt, Consumer<String> commit) {
        return WorkflowForms.committing(text, prompt, commit);
    }

    private static Button iconButton(String tooltip, Runnable action) {
        return WorkflowForms.removeButton(tooltip, action);
    }
}
