package io.buildify.app.workflow;

import io.buildify.canvas.Marker;
import io.buildify.canvas.layout.LayeredLayout;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortRef;
import io.buildify.app.workflow.ActionsViewModel.Phase;
import io.buildify.core.model.ActionKind;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.Waypoint;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.workflow.SimulationResult.StopReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The designer's ViewModels without the FX toolkit, on a real H2 draft store. */
class WorkflowDesignerViewModelTest extends WorkflowStoreTest {
    static EntityDefinition expenseClaim() {
        return EntityDefinition.of("expense_claim").withFields(
                List.of(FieldDefinition.of("amount", FieldType.DECIMAL), FieldDefinition.of("title", FieldType.STRING)));
    }

    /** Draws start → task → approval → condition → end (approve), with a "large" branch back to the task. */
    static Drawing draw(WorkflowDocument document) {
        var modeling = document.diagram().modeling();
        DiagramNode start = modeling.createNode(WorkflowNodeTypes.of(StateType.START), 40, 100);
        DiagramNode task = modeling.createNode(WorkflowNodeTypes.of(StateType.TASK), 160, 100);
        DiagramNode approval = modeling.createNode(WorkflowNodeTypes.of(StateType.APPROVAL), 340, 100);
        DiagramNode condition = modeling.createNode(WorkflowNodeTypes.of(StateType.CONDITION), 520, 90);
        DiagramNode end = modeling.createNode(WorkflowNodeTypes.of(StateType.END), 700, 100);
        DiagramEdge submit = connect(document, start, task);
        DiagramEdge review = connect(document, task, approval);
        DiagramEdge approve = connect(document, approval, condition);
        DiagramEdge done = connect(document, condition, end);
        return new Drawing(start, task, approval, condition, end, submit, review, approve, done);
    }

    record Drawing(DiagramNode start, DiagramNode task, DiagramNode approval, DiagramNode condition, DiagramNode end,
                   DiagramEdge submit, DiagramEdge review, DiagramEdge approve, DiagramEdge done) {
    }

    static DiagramEdge connect(WorkflowDocument document, DiagramNode from, DiagramNode to) {
        return document.diagram().modeling().connect(new PortRef(from.id(), WorkflowNodeTypes.OUT),
                new PortRef(to.id(), WorkflowNodeTypes.IN));
    }

    @Test
    void canvasMapsToStatesAndTransitionsWithPositionsAndDefaults() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());

        WorkflowDefinition w = vm.document().definition();
        assertThat(w.states()).extracting(WorkflowState::type).containsExactly(StateType.START, StateType.TASK,
                StateType.APPROVAL, StateType.CONDITION, StateType.END);
        assertThat(w.states()).extracting(WorkflowState::name)
                .containsExactly("start", "task", "approval", "condition", "end");
        WorkflowState task = w.states().get(1);
        assertThat(task.id()).isEqualTo(d.task().id());
        assertThat(task.x()).isEqualTo(d.task().getX());
        assertThat(task.y()).isEqualTo(d.task().getY());
        assertThat(w.states().get(4).isFinal()).isTrue();
        WorkflowTransition approve = w.transitions().get(2);
        assertThat(approve.fromStateId()).isEqualTo(d.approval().id());
        assertThat(approve.toStateId()).isEqualTo(d.condition().id());
        assertThat(approve.name()).isEqualTo("approve");
        assertThat(approve.conditionType()).isEqualTo(ConditionType.APPROVAL);
        assertThat(w.transitions().get(0).name()).isEqualTo("to_task");
    }

    @Test
    void secondDropOfATypeGetsANumberedLabelAndName() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("flow", null));
        vm.diagram().modeling().createNode(WorkflowNodeTypes.of(StateType.TASK), 0, 0);
        DiagramNode second = vm.diagram().modeling().createNode(WorkflowNodeTypes.of(StateType.TASK), 200, 0);

        assertThat(second.getLabel()).isEqualTo("Task 2");
        assertThat(vm.document().state(second.id()).name()).isEqualTo("task_2");
    }

    @Test
    void everyChangeIsSavedAndReopeningRestoresTheDrawingExactly() {
        WorkflowDefinition created = WorkflowDefinition.of("expense_approval", "expense_claim");
        WorkflowDesignerViewModel vm = designer(created);
        Drawing d = draw(vm.document());
        vm.selectedIdProperty().set(d.task().id());
        vm.stateProperties().colorProperty().set("#123456");
        vm.diagram().modeling().moveNodes(List.of(d.end()), 13.5, -7.25);

        WorkflowDefinition saved = project.find(created.id()).orElseThrow().definition();
        assertThat(saved).isEqualTo(vm.document().definition());
        WorkflowDocument reopened = new WorkflowDocument(saved);
        assertThat(reopened.definition()).isEqualTo(saved);
        assertThat(reopened.diagram().model().snapshot()).isEqualTo(vm.diagram().model().snapshot());
        assertThat(reopened.diagram().model().node(d.task().id()).getStyle()).contains("#123456");
    }

    @Test
    void approvalWithoutRoleIsMarkedOnItsNodeUntilARoleIsEntered() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        assertThat(vm.markers().get(d.approval().id())).extracting(Marker::message)
                .containsExactly("Approval state 'approval' names no approver role");

        vm.selectedIdProperty().set(d.approval().id());
        vm.stateProperties().approverRolesProperty().set("manager");

        assertThat(vm.markers()).doesNotContainKey(d.approval().id());
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void typingANameIsOneUndoStepAndUndoRestoresThePanel() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("flow", null));
        DiagramNode task = vm.diagram().modeling().createNode(WorkflowNodeTypes.of(StateType.TASK), 0, 0);
        vm.select(task.id());
        for (String typed : List.of("c", "ch", "che", "check")) {
            vm.stateProperties().nameProperty().set(typed);
        }
        assertThat(vm.document().state(task.id()).name()).isEqualTo("check");

        vm.undo();

        assertThat(vm.document().state(task.id()).name()).isEqualTo("task");
        assertThat(vm.stateProperties().nameProperty().get()).isEqualTo("task");
        vm.redo();
        assertThat(vm.stateProperties().nameProperty().get()).isEqualTo("check");
    }

    @Test
    void conditionOnAFieldTheEntityLacksIsMarkedOnTheTransition() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.done().id());
        vm.transitionProperties().addCondition();
        ConditionRow row = vm.transitionProperties().conditions().get(0);
        row.fieldProperty().set("total");
        row.operatorProperty().set(ConditionOperator.GT);
        row.valueProperty().set("1000");
        vm.transitionProperties().rowEdited(row);

        assertThat(vm.markers().get(d.done().id())).extracting(Marker::message)
                .anyMatch(m -> m.contains("has no field 'total'"));
        row.fieldProperty().set("amount");
        vm.transitionProperties().rowEdited(row);
        assertThat(vm.markers().getOrDefault(d.done().id(), List.of())).extracting(Marker::message)
                .noneMatch(m -> m.contains("field"));
        assertThat(vm.document().transition(d.done().id()).conditions().conditions().get(0).value())
                .isEqualTo(1000);
    }

    @Test
    void simulationLightsThePathAndSaysWhyItStopped() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.approval().id());
        vm.stateProperties().approverRolesProperty().set("manager");
        SimulationViewModel sim = vm.simulation();

        sim.run();
        assertThat(sim.result().reason()).isEqualTo(StopReason.BLOCKED);
        assertThat(sim.highlighted()).containsExactlyInAnyOrder(d.start().id(), d.task().id(), d.approval().id(),
                d.submit().id(), d.review().id());
        assertThat(sim.outcomeProperty().get()).contains("'approval'");

        sim.rolesProperty().set("manager");
        sim.run();
        assertThat(sim.completedProperty().get()).isTrue();
        assertThat(sim.outcomeProperty().get()).isEqualTo("Reached final state 'end'");
        assertThat(sim.highlighted()).contains(d.end().id(), d.done().id());

        sim.reset();
        sim.step();
        assertThat(sim.result().reason()).isEqualTo(StopReason.PAUSED);
        assertThat(sim.highlighted()).containsExactlyInAnyOrder(d.start().id(), d.task().id(), d.submit().id());
    }

    @Test
    void changingATypeKeepsTheTransitionsAndIsUndoable() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.task().id());

        vm.stateProperties().typeProperty().set(StateType.APPROVAL);

        WorkflowDefinition w = vm.document().definition();
        assertThat(w.states().get(1).type()).isEqualTo(StateType.APPROVAL);
        assertThat(w.states().get(1).requiresApproval()).isTrue();
        assertThat(w.transitions()).hasSize(4);
        assertThat(vm.selectedIdProperty().get()).isEqualTo(d.task().id());
        vm.undo();
        assertThat(vm.document().definition().states().get(1).type()).isEqualTo(StateType.TASK);
        assertThat(vm.document().definition().transitions()).hasSize(4);
    }

    @Test
    void publishWithoutAServerSaysSoAndKeepsTheDraft() {
        WorkflowDesignerViewModel vm = designer(WorkflowDefinition.of("expense_approval", "expense_claim"));
        Drawing d = draw(vm.document());
        vm.select(d.approval().id());
        vm.stateProperties().approverRolesProperty().set("manager");

        assertThat(vm.publish().publish()).isFalse();
        assertThat(vm.publish().outcomeProperty().get()).startsWith("The server is not ready");
        assertThat(vm.publish().failedProperty().get()).isTrue();
    }

    @Test
    void autoLayoutIsOneUndoStepSavedToTheDraftWithItsRoutes() {
        WorkflowDefinition created = WorkflowDefinition.of("expense_approval", "expense_claim");
        WorkflowDesignerViewModel vm = designer(created);
        Drawing d = draw(vm.document());
        vm.diagram().modeling().moveNodes(List.of(d.start()), 900, 400); // start drawn far right, below the rest
        List<WorkflowState> before = vm.document().definition().states();
        long revision = vm.revisionProperty().get();

        new LayeredLayout().apply(vm.diagram(), vm.diagram().model().nodes()); // what the toolbar button runs

        assertThat(vm.revisionProperty().get()).isEqualTo(revision + 1);
        List<DiagramNode> inOrder = List.of(d.start(), d.task(), d.approval(), d.condition(), d.end());
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(inOrder.get(i).getX()).as("layer of node %d", i).isGreaterThan(inOrder.get(i - 1).getX());
        }
        WorkflowDefinition saved = project.find(created.id()).orElseThrow().definition();
        assertThat(saved.states()).isEqualTo(vm.document().definition().states());
        assertThat(saved.transitions()).isEqualTo(vm.document().definition().transitions());
        for (DiagramEdge edge : vm.diagram().model().edges()) { // the layout's routes are kept, not straightened
            assertThat(saved.transitions()).filteredOn(t -> t.id().equals(edge.id())).singleElement()
                    .satisfies(t -> assertThat(t.waypoints()).hasSize(edge.getWaypoints().size()));
        }
        assertThat(saved.states()).isNotEqualTo(before);
        assertThat(saved.states().get(0).x()).isEqualTo(d.start().getX());

        vm.undo();

        assertThat(vm.document().definition().states()).isEqualTo(before);
        assertThat(project.find(created.id()).orElseThrow().definition().states()).isEqualTo(before);
        vm.redo();
        assertThat(d.start().getX()).isLessThan(d.task().getX());
    }

    @Test
    void onEntryAndOnExitActionsAreUndoableSavedAndReopened() {
        WorkflowDefinition created = WorkflowDefinition.of("expense_approval", "expense_claim");
        WorkflowDesignerViewModel vm = designer(created);
        Drawing d = draw(vm.document());
        vm.select(d.approval().id());
        ActionsViewModel actions = vm.actions();

        WorkflowAction mail = actions.add(Phase.ENTRY, ActionKind.SEND_EMAIL);
        assertThat(ActionsViewModel.orderedKeys(actions.actions(Phase.ENTRY).get(0)))
                .containsExactly("to", "subject", "body");
        for (String typed : List.of("m", "man", "manager@example.com")) {
            actions.putSetting(Phase.ENTRY, mail.id(), "to", typed);
        }
        actions.putSetting(Phase.ENTRY, mail.id(), "cc", "audit@example.com");
        actions.setLabel(Phase.ENTRY, mail.id(), "Tell the manager");
        WorkflowAction hook = actions.add(Phase.EXIT, ActionKind.CALL_WEBHOOK);
        actions.putSetting(Phase.EXIT, hook.id(), "url", "https://erp.example.com/hook");
        actions.removeSetting(Phase.EXIT, hook.id(), "method");

        WorkflowState saved = project.find(created.id()).orElseThrow().definition().states().get(2);
        assertThat(saved.onEntryActions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.SEND_EMAIL);
            assertThat(a.label()).isEqualTo("Tell the manager");
            assertThat(a.settings()).containsEntry("to", "manager@example.com").containsEntry("cc", "audit@example.com")
                    .containsEntry("subject", "");
        });
        assertThat(saved.onExitActions()).singleElement()
                .satisfies(a -> assertThat(a.settings()).isEqualTo(java.util.Map.of("url", "https://erp.example.com/hook")));
        assertThat(new WorkflowDocument(project.find(created.id()).orElseThrow().definition()).state(d.approval().id()))
                .isEqualTo(vm.document().state(d.approval().id()));

        vm.undo(); // the removed setting comes back
        assertThat(actions.actions(Phase.EXIT).get(0).settings()).containsKey("method");
        vm.undo();
        vm.undo(); // the new webhook action is gone
        assertThat(actions.actions(Phase.EXIT)).isEmpty();
        vm.undo();
        vm.undo();
        vm.undo(); // typing the address was one step
        assertThat(actions.actions(Phase.ENTRY).get(0).settings()).containsEntry("to", "");
        vm.undo();
        assertThat(actions.actions(Phase.ENTRY)).isEmpty();
        assertThat(project.find(created.id()).orElseThrow().definition().states().get(2).onEntryActions()).isEmpty();
        vm.select(d.task().id());
        assertThat(actions.actions(Phase.ENTRY)).isEmpty();
    }

    @Test
    void bendPointsAreSavedAtOnceUndoableAndComeBackOnReopen() {
        WorkflowDefinition created = WorkflowDefinition.of("expense_approval", "expense_claim");
        WorkflowDesignerViewModel vm = designer(created);
        Drawing d = draw(vm.document());
        List<javafx.geometry.Point2D> bends = List.of(new javafx.geometry.Point2D(250, 220),
                new javafx.geometry.Point2D(400.5, 220));

        vm.diagram().modeling().setWaypoints(d.review(), bends); // what dragging a bend handle runs

        WorkflowTransition saved = project.find(created.id()).orElseThrow().definition().transitions().stream()
                .filter(t -> t.id().equals(d.review().id())).findFirst().orElseThrow();
        assertThat(saved.waypoints()).containsExactly(new Waypoint(250, 220), new Waypoint(400.5, 220));
        WorkflowDocument reopened = new WorkflowDocument(project.find(created.id()).orElseThrow().definition());
        assertThat(reopened.diagram().model().findEdge(d.review().id()).orElseThrow().getWaypoints()).isEqualTo(bends);
        assertThat(reopened.transition(d.review().id())).isEqualTo(saved);

        vm.diagram().modeling().moveNodes(List.of(d.task()), 0, 40); // bend points follow a moved end
        WorkflowTransition moved = project.find(created.id()).orElseThrow().definition().transitions().stream()
                .filter(t -> t.id().equals(d.review().id())).findFirst().orElseThrow();
        assertThat(moved.waypoints()).isEqualTo(vm.document().transition(d.review().id()).waypoints());

        vm.undo();
        vm.undo();
        assertThat(project.find(created.id()).orElseThrow().definition().transitions())
                .allMatch(t -> t.waypoints().isEmpty());
    }
}
