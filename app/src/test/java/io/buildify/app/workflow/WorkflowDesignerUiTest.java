package io.buildify.app.workflow;

import io.buildify.app.ui.Screenshots;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.ActionKind;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.workflow.SimulationResult.StopReason;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.buildify.app.workflow.DesignerGestures.fx;
import static io.buildify.app.workflow.DesignerGestures.midpoint;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's first workflow, headless, through the UI only: drop the five state types from the palette, connect
 * them into an expense approval, edit properties while markers come and go, simulate, undo/redo, then close the
 * app and find the workflow exactly as it was. Also writes the user guide's three designer screenshots.
 */
class WorkflowDesignerUiTest extends WorkflowUiTest {
    @Test
    void drawSimulateUndoAndReopenAnApprovalWorkflow() throws Exception {
        openWindowWithExpenseClaim();

        robot.clickOn("#newWorkflowButton");
        WorkflowDesignerViewModel designer = window.viewModel().designerProperty().get();
        assertThat(designer.header().entityNameProperty().get()).isEqualTo("expense_claim");
        robot.replaceText("#workflowLabel", "Expense approval");
        assertThat(designer.header().nameProperty().get()).isEqualTo("expense_approval");

        // The window is small (the headless screen is 1280×800): zoom out a little so the row of five fits.
        fx(() -> robot.lookup("#workflowCanvas").queryAs(DiagramView.class).setZoom(0.9));
        DiagramNode start = gestures.drop(designer, StateType.START, 40, 200);
        DiagramNode task = gestures.drop(designer, StateType.TASK, 160, 200);
        DiagramNode check = gestures.drop(designer, StateType.CONDITION, 330, 200);
        DiagramNode approval = gestures.drop(designer, StateType.APPROVAL, 480, 90);
        DiagramNode end = gestures.drop(designer, StateType.END, 620, 200);
        assertThat(designer.markers().get(approval.id())).isNotEmpty(); // names no approver role

        gestures.connect(designer, start, task);
        gestures.connect(designer, task, check);
        DiagramEdge large = gestures.connect(designer, check, approval);
        gestures.connect(designer, approval, end);
        assertThat(designer.diagram().model().edges()).hasSize(4);

        // Edit a property: the approval's marker disappears once it names a role.
        robot.clickOn(gestures.screen(approval.center()));
        robot.replaceText("#stateLabel", "Manager approval");
        assertThat(approval.getLabel()).isEqualTo("Manager approval");
        robot.clickOn("#stateApprovers").write("manager");
        assertThat(designer.markers()).doesNotContainKey(approval.id());

        // A condition on the branch to the approval: the check now lacks a default branch (marker appears) ...
        robot.clickOn(gestures.screen(midpoint(designer, large)));
        assertThat(designer.selectedIdProperty().get()).isEqualTo(large.id());
        robot.replaceText("#transitionLabel", "Large amount");
        robot.choose("#transitionConditionType", "When conditions hold");
        robot.clickOn("#addConditionButton");
        robot.choose(".condition-operator", ">");
        robot.clickOn(".condition-value").write("1000");
        WorkflowDefinition drawn = designer.document().definition();
        assertThat(drawn.transitions().get(2).conditionType()).isEqualTo(ConditionType.CONDITIONAL);
        assertThat(drawn.transitions().get(2).conditions().conditions().get(0).operator())
                .isEqualTo(ConditionOperator.GT);
        assertThat(designer.markers().get(check.id())).anyMatch(m -> m.message().contains("no default branch"));
        assertThat(robot.lookup(".marker-badge").queryAll()).isNotEmpty();
        fx(() -> robot.lookup("#workflowCanvas").queryAs(DiagramView.class).fitToView());
        Screenshots.write(window.scene(), "workflow-marker.png");

        // ... and the marker disappears with a default branch straight to the end.
        DiagramEdge small = gestures.connect(designer, check, end);
        assertThat(designer.markers()).isEmpty();
        assertThat(designer.problems()).isEmpty();
        robot.clickOn(gestures.screen(approval.center()));
        fx(() -> robot.lookup("#workflowCanvas").queryAs(DiagramView.class).fitToView());
        Screenshots.write(window.scene(), "workflow-designer.png");

        // Simulate: a large claim stops at the approval for a user without the manager role, and ends with it.
        robot.clickOn(robot.lookup(".tab").match((Node n) -> n.lookup(".tab-label") instanceof Label l
                && "Simulate".equals(l.getText())).queryAs(Node.class));
        robot.clickOn("#simulationValue-amount").write("5000");
        robot.clickOn("#simulateRunButton");
        assertThat(designer.simulation().result().reason()).isEqualTo(StopReason.BLOCKED);
        assertThat(label("#simulationOutcome")).contains("Manager Approval".toLowerCase().replace(' ', '_'));
        robot.clickOn("#simulationRoles").write("manager");
        robot.clickOn("#simulateRunButton");
        assertThat(label("#simulationOutcome")).isEqualTo("Reached final state 'end'");
        DiagramView canvas = robot.lookup("#workflowCanvas").queryAs(DiagramView.class);
        assertThat(canvas.getHighlighted()).containsExactlyInAnyOrder(start.id(), task.id(), check.id(),
                approval.id(), end.id(), designer.diagram().model().edges().get(0).id(),
                designer.diagram().model().edges().get(1).id(), large.id(),
                designer.diagram().model().edges().get(3).id());
        fx((Runnable) canvas::fitToView);
        Screenshots.write(window.scene(), "workflow-simulation.png");

        // Undo removes the last edit (the default branch), redo puts it back; the drawing is saved each time.
        WorkflowDefinition finished = designer.document().definition();
        robot.clickOn(gestures.screen(new Point2D(0, 0)).add(30, 30)); // the canvas, away from the nodes
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(designer.diagram().model().edges()).doesNotContain(small);
        assertThat(designer.markers()).containsKey(check.id());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(designer.document().definition()).isEqualTo(finished);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(label("#saveStatus")).isEqualTo("All changes saved");

        // Close the app and open it again: the workflow is in the list, drawn exactly as it was.
        window.close();
        openWindow();
        robot.clickOn("#workflowsTab");
        robot.clickListItem("#workflowList", item -> ((WorkflowListItem) item).name().equals("expense_approval"),
                "expense_approval");
        WorkflowDesignerViewModel reopened = window.viewModel().designerProperty().get();
        assertThat(reopened.document().definition()).isEqualTo(finished);
        assertThat(reopened.problems()).isEmpty();
        layoutUndoAndFind(reopened);
    }

    /** Auto-layout from the toolbar (saved, one Ctrl+Z), Ctrl+F from a side panel finds a state on the canvas. */
    private void layoutUndoAndFind(WorkflowDesignerViewModel designer) {
        DiagramView canvas = robot.lookup("#workflowCanvas").queryAs(DiagramView.class);
        assertThat(robot.lookup("#workflowMinimap").queryAs(Node.class).isVisible()).isTrue();
        List<WorkflowState> drawn = designer.document().definition().states();
        robot.clickOn("#autoLayoutButton");
        List<WorkflowState> laidOut = designer.document().definition().states();
        assertThat(laidOut).isNotEqualTo(drawn);
        assertThat(laidOut.get(0).x()).isLessThan(laidOut.get(1).x()); // start left of the task
        assertThat(new WorkflowProject(window.store().workflows()).find(designer.workflowId()).orElseThrow()
                .definition().states()).isEqualTo(laidOut);
        Point2D corner = fx(() -> canvas.localToScreen(15, 15)); // empty canvas, away from the minimap
        robot.clickOn(corner);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(designer.document().definition().states()).isEqualTo(drawn);

        robot.clickOn("#workflowLabel");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("approval").push(KeyCode.ENTER);
        String approval = drawn.stream().filter(s -> s.type() == StateType.APPROVAL).findFirst().orElseThrow().id();
        assertThat(canvas.getSelection()).extracting(e -> e.id()).containsExactly(approval);
        robot.push(KeyCode.ESCAPE);

        // An on-entry action of the approval: add, fill a setting, saved; one Ctrl+Z per edit.
        fx(() -> robot.lookup(".workflow-side-panel .scroll-pane").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#addEntryAction").clickOn(WorkflowForms.enumLabel(ActionKind.SEND_EMAIL));
        assertThat(designer.document().state(approval).onEntryActions()).hasSize(1);
        TextField to = robot.lookup(".element-actions .text-field")
                .match((TextField f) -> "to".equals(f.getPromptText())).queryAs(TextField.class);
        gestures.reveal(to);
        robot.clickOn(to).write("manager@example.com").push(KeyCode.ENTER);
        WorkflowState saved = new WorkflowProject(window.store().workflows()).find(designer.workflowId())
                .orElseThrow().definition().states().stream().filter(s -> s.id().equals(approval)).findFirst()
                .orElseThrow();
        assertThat(saved.onEntryActions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.SEND_EMAIL);
            assertThat(a.settings()).containsEntry("to", "manager@example.com");
        });
        Screenshots.write(window.scene(), "workflow-actions.png");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(designer.document().state(approval).onEntryActions().get(0).settings()).containsEntry("to", "");
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
