package io.buildify.app.workflow;

import io.buildify.app.ui.Screenshots;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.ActionKind;
import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.StateType;
import io.buildify.core.model.TriggerType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.workflow.WorkflowMarker;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.buildify.app.workflow.DesignerGestures.fx;
import static io.buildify.app.workflow.DesignerGestures.midpoint;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless click-through of the detail panels: a transition's webhook action marked until its URL is valid, a
 * state's required fields picked from the entity and an escalation rule, the scheduled trigger, the undo
 * button's readable tooltip, and an approver role completed from the roles of the project's other workflows.
 * Writes the user guide's screenshots of these panels.
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

    @Test
    void approverRoleIsPickedFromTheProjectsRolesAndUndone() throws Exception {
        openWindowWithExpenseClaim();
        new WorkflowProject(window.store().workflows()).save(purchaseApprovalUsing("finance_manager", "finance_clerk"));

        robot.clickOn("#newWorkflowButton");
        WorkflowDesignerViewModel designer = window.viewModel().designerProperty().get();
        DiagramNode start = gestures.drop(designer, StateType.START, 60, 200);
        DiagramNode approval = gestures.drop(designer, StateType.APPROVAL, 260, 200);
        DiagramNode end = gestures.drop(designer, StateType.END, 480, 200);
        gestures.connect(designer, start, approval);
        gestures.connect(designer, approval, end);
        robot.clickOn(gestures.screen(approval.center()));
        assertThat(codesAt(designer, approval.id())).contains("no_approver_role");

        robot.clickOn("#stateApprovers").write("fin");
        ListCell<?> manager = suggestion("finance_manager");
        assertThat(suggestions()).containsExactly("finance_clerk", "finance_manager");
        Screenshots.writeWithPopups(window.scene(), "workflow-role-suggestions.png");
        robot.clickOn(manager);

        assertThat(robot.lookup("#stateApprovers").queryAs(TextField.class).getText()).isEqualTo("finance_manager");
        assertThat(approverRoles(designer, approval)).containsExactly("finance_manager");
        assertThat(codesAt(designer, approval.id())).doesNotContain("no_approver_role");
        assertThat(designer.markers()).doesNotContainKey(approval.id());

        // A bad entry (here a space in a role name) is named at once and leaves the workflow as it was.
        robot.write(" x");
        assertThat(robot.visibleProblem()).isEqualTo("A role name has no spaces: 'finance_manager x' (e.g. "
                + "finance_manager_x)");
        assertThat(approverRoles(designer, approval)).containsExactly("finance_manager");
        robot.push(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
        assertThat(robot.lookup(".state-properties .problem-message").match(javafx.scene.Node::isVisible)
                .queryAll()).isEmpty();

        robot.clickOn("#undoButton");
        assertThat(approverRoles(designer, approval)).isEmpty();
        assertThat(codesAt(designer, approval.id())).contains("no_approver_role");
        assertThat(robot.lookup("#stateApprovers").queryAs(TextField.class).getText()).isEmpty();
    }

    /** Another draft of the project whose approval names {@code roles}: what the new workflow is offered. */
    private static WorkflowDefinition purchaseApprovalUsing(String... roles) {
        WorkflowDocument other = new WorkflowDocument(WorkflowDefinition.of("purchase_approval", "expense_claim"));
        DiagramNode approval = other.diagram().modeling().createNode(WorkflowNodeTypes.of(StateType.APPROVAL), 40, 40);
        other.updateState(approval.id(), "approver_roles", s -> {
            s.approval = new ApprovalConfig(List.of(roles), 1);
            return s;
        });
        return other.definition();
    }

    private static List<String> approverRoles(WorkflowDesignerViewModel designer, DiagramNode approval) {
        WorkflowState state = designer.document().state(approval.id());
        return state.approval() == null ? List.of() : state.approval().approverRoles();
    }

    private static List<String> codesAt(WorkflowDesignerViewModel designer, String id) {
        return designer.problems().stream().filter(m -> m.elementId().equals(id)).map(WorkflowMarker::code).toList();
    }

    /** The completion list's cell showing {@code role}, once ControlsFX has shown it. */
    private ListCell<?> suggestion(String role) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestions().contains(role));
        return robot.lookup((ListCell<?> c) -> role.equals(c.getText()) && inPopup(c)).query();
    }

    private List<String> suggestions() {
        return robot.lookup((ListCell<?> c) -> c.getText() != null && c.isVisible() && inPopup(c))
                .queryAllAs(ListCell.class).stream().map(c -> c.getText()).sorted().toList();
    }

    private static boolean inPopup(ListCell<?> cell) {
        return cell.getScene() != null && cell.getScene().getWindow() instanceof PopupWindow popup && popup.isShowing();
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
