package io.buildify.app.workflow;

import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.LogicalOperator;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowTransition;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The context menu's workflow actions, without the FX toolkit: each is one undo step and saved to the draft. */
class WorkflowContextActionsTest extends WorkflowStoreTest {
    private WorkflowDesignerViewModel vm;
    private WorkflowDesignerViewModelTest.Drawing d;
    private WorkflowDefinition created;

    @BeforeEach
    void drawExpenseApproval() {
        created = WorkflowDefinition.of("expense_approval", "expense_claim");
        vm = designer(created);
        d = WorkflowDesignerViewModelTest.draw(vm.document());
    }

    private WorkflowDefinition saved() {
        return project.find(created.id()).orElseThrow().definition();
    }

    private StateType savedType(DiagramNode node) {
        return saved().states().stream().filter(s -> s.id().equals(node.id())).findFirst().orElseThrow().type();
    }

    @Test
    void setAsStartRetypesTheFormerStartInTheSameUndoStep() {
        WorkflowContextActions actions = vm.contextActions();
        assertThat(actions.canSetAsStart(d.start().id())).isFalse();

        actions.setAsStart(d.task().id());

        assertThat(savedType(d.task())).isEqualTo(StateType.START);
        assertThat(savedType(d.start())).isEqualTo(StateType.TASK);
        assertThat(vm.commandStack().undoDescriptionProperty().get()).contains("task").contains("start");
        vm.undo();
        assertThat(savedType(d.task())).isEqualTo(StateType.TASK);
        assertThat(savedType(d.start())).isEqualTo(StateType.START);
        vm.redo();
        assertThat(savedType(d.task())).isEqualTo(StateType.START);
    }

    @Test
    void changeTypeIsOneUndoStep() {
        vm.contextActions().changeType(d.approval().id(), StateType.TASK);

        assertThat(savedType(d.approval())).isEqualTo(StateType.TASK);
        vm.undo();
        assertThat(savedType(d.approval())).isEqualTo(StateType.APPROVAL);
    }

    @Test
    void makeDefaultBranchDropsTheConditionsAndPutsTheBranchLast() {
        String edgeId = d.done().id(); // condition → end
        ConditionGroup big = new ConditionGroup(LogicalOperator.AND,
                List.of(new Condition("amount", ConditionOperator.GT, 1000)));
        vm.document().updateTransition(edgeId, "conditions", edit -> {
            edit.conditionType = ConditionType.CONDITIONAL;
            edit.conditions = big;
            return edit;
        });
        WorkflowDesignerViewModelTest.connect(vm.document(), d.condition(), d.task());
        WorkflowContextActions actions = vm.contextActions();
        assertThat(actions.canMakeDefaultBranch(d.review().id())).as("not out of a condition").isFalse();
        assertThat(actions.canMakeDefaultBranch(edgeId)).isTrue();

        actions.makeDefaultBranch(edgeId);

        WorkflowTransition after = saved().transitions().stream().filter(t -> t.id().equals(edgeId))
                .findFirst().orElseThrow();
        assertThat(after.isDefaultBranch()).isTrue();
        assertThat(after.conditions().conditions()).isEmpty();
        assertThat(after.displayOrder()).isGreaterThan(saved().transitions().stream()
                .filter(t -> t.fromStateId().equals(d.condition().id()) && !t.id().equals(edgeId))
                .mapToInt(WorkflowTransition::displayOrder).max().orElseThrow());
        assertThat(actions.canMakeDefaultBranch(edgeId)).isFalse();
        vm.undo();
        assertThat(vm.document().transition(edgeId).conditions()).isEqualTo(big);
    }

    @Test
    void straightenRemovesBendPointsUndoably() {
        vm.diagram().modeling().setWaypoints(d.review(), List.of(new Point2D(250, 220)));
        assertThat(vm.contextActions().canStraighten(d.review().id())).isTrue();

        vm.contextActions().straighten(d.review().id());

        assertThat(d.review().getWaypoints()).isEmpty();
        assertThat(saved().transitions()).allMatch(t -> t.waypoints().isEmpty());
        vm.undo();
        assertThat(d.review().getWaypoints()).containsExactly(new Point2D(250, 220));
    }

    @Test
    void addStateHereCentresANewUniquelyNamedState() {
        DiagramNode added = vm.contextActions().addState(StateType.TASK, 300, 400);

        assertThat(added.getX() + added.getWidth() / 2).isEqualTo(300);
        assertThat(added.getY() + added.getHeight() / 2).isEqualTo(400);
        assertThat(saved().states()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(added.id());
            assertThat(s.label()).isEqualTo("Task 2");
        });
        vm.undo();
        assertThat(vm.diagram().model().findNode(added.id())).isEmpty();
    }
}
