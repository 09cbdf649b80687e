package io.buildify.app.workflow;

import io.buildify.app.ui.Screenshots;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.ActionKind;
import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.StateType;
import io.buildify.core.model.TriggerType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;


import static io.buildify.app.workflow.DesignerGestures.fx;
import static io.buildify.app.workflow.DesignerGestures.midpoint;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless click-through of the detail panels: a transition's webhook action marked until its URL is valid, a
 * state's required fields picked from the entity and an escalation rule, the scheduled trigger, and the undo
 * button's readable tooltip. Writes the user guide's screenshots of these panels.
 */
class WorkflowDetailsUiTest extends WorkflowUiTest {
    @Test
    void transitionActionEscalationRequiredFieldsAndTrigger() throws Exception {
        openWindowWithExpenseClaim();
        robot.clickOn("#newWorkflowButton");
        WorkflowDesignerViewModel designer = window.viewModel().designerProperty().get();
        robot.replaceText("#workflowLabel", "Expense approval");
        DiagramNode start = gestures.drop(designer, StateType.START, 60, 200);
        DiagramNode task = gestures.drop(designer, StateType.TASK, 260, 200);
        DiagramNode end = gestures.drop(designer, StateType.END, 480, 200);
        DiagramEdge submit = gestures.connect(designer, start, task);
        gestures.connect(designer, task, end);
        assertThat(submit.getLabel()).isEqualTo("To Task"); // shown on the edge

        // A webhook on the transition: marked on the edge until the URL is an http(s) URL.
        robot.clickOn(gestures.screen(midpoint(designer, submit)));
        assertThat(designer.selectedIdProperty().get()).isEqualTo(submit.id());
        assertThat(robot.lookup("#addConditionButton").queryAs(Button.class).isVisible()).isTrue();
        scrollSidePanel(1);
        robot.clickOn("#addTransitionAction").clickOn(WorkflowForms.enumLabel(ActionKind.CALL_WEBHOOK));
        TextField url = settingField("url");
        gestures.reveal(url);
        robot.clickOn(url).write("erp.example.com/hook").push(KeyCode.ENTER);
        assertThat(designer.markers().get(submit.id())).anyMatch(m -> m.message().contains("not an http(s) URL"));
        assertThat(robot.lookup(".element-actions .problem-message").queryAllAs(Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().contains("not an http(s) URL"));
        Screenshots.write(window.scene(), "workflow-transition-action.png");
        url = settingField("url");
        gestures.reveal(url);
        robot.clickOn(url).push(KeyCode.CONTROL, KeyCode.A).write("https://erp.example.com/hook")
                .push(KeyCode.ENTER);
        assertThat(designer.markers()).doesNotContainKey(submit.id());
        assertThat(designer.document().transition(submit.id()).actions()).singleElement()
                .satisfies(a -> assertThat(a.settings()).containsEntry("url", "https://erp.example.com/hook"));

        // The task: a required field picked from the entity's fields, an SLA and an escalation to a role.
        robot.clickOn(gestures.screen(task.center()));
        scrollSidePanel(0);
        robot.clickOn("#stateRequiredFieldsSuggestions");
        robot.clickOn(robot.lookup(".context-menu .menu-item").match((Node n) -> n.isVisible()
                && n.lookup(".label") instanceof Label l && "amount".equals(l.getText())).queryAs(Node.class));
        assertThat(designer.document().state(task.id()).requiredFields()).containsExactly("amount");
        robot.replaceText("#stateSla", "24");
        scrollSidePanel(0.4);
        robot.clickOn("#addEscalation");
        robot.clickOn(".escalation-role .text-field").write("team_lead").push(KeyCode.ENTER);
        assertThat(designer.document().state(task.id()).escalationRules()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(EscalationKind.NOTIFY);
            assertThat(r.notifyRole()).isEqualTo("team_lead");
        });
        assertThat(designer.markers()).doesNotContainKey(task.id());
        Screenshots.write(window.scene(), "workflow-escalation.png");

        // The header: a scheduled trigger with a bad then a good schedule; undo's tooltip says what it undoes.
        robot.clickOn(fx(() -> robot.lookup("#workflowCanvas").queryAs(DiagramView.class).localToScreen(15, 15)));
        assertThat(designer.selectedIdProperty().get()).isNull();
        scrollSidePanel(0);
        robot.choose("#workflowTrigger", TriggerViewModel.label(TriggerType.SCHEDULED));
        robot.clickOn("#triggerSchedule").write("0 25 * * *");
        assertThat(label(".workflow-trigger .problem-message", "hour '25'")).isNotNull();
        robot.replaceText("#triggerSchedule", "every 2 hours");
        assertThat(designer.document().header().trigger().schedule()).isEqualTo("every 2 hours");
        assertThat(designer.problems()).isEmpty();
        Screenshots.write(window.scene(), "workflow-trigger.png");
        Button undo = robot.lookup("#undoButton").queryAs(Button.class);
        assertThat(undo.getTooltip().getText())
                .isEqualTo("Undo Edit trigger schedule of workflow 'expense_approval' (Ctrl+Z)");
        robot.clickOn(undo);
        assertThat(designer.document().header().trigger().schedule()).isNull();
        assertThat(undo.getTooltip().getText()).isEqualTo("Undo Edit trigger type of workflow 'expense_approval'"
                + " (Ctrl+Z)");
    }

    private TextField settingField(String key) {
        return robot.lookup(".element-actions .text-field")
                .match((TextField f) -> key.equals(f.getPromptText()) && f.isVisible()).queryAs(TextField.class);
    }

    private Label label(String query, String containing) {
        return robot.lookup(query).match((Label l) -> l.isVisible() && l.getText().contains(containing))
                .queryAs(Label.class);
    }

    private void scrollSidePanel(double value) {
        fx(() -> robot.lookup(".workflow-side-panel .scroll-pane").queryAs(ScrollPane.class).setVvalue(value));
    }
}
