package io.buildify.canvas.ui;

import io.buildify.canvas.ContextMenuRequest;
import io.buildify.canvas.internal.DiagramViewSkin;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortRef;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;

import static io.buildify.canvas.TestDiagrams.TASK;
import static io.buildify.canvas.ui.CanvasStage.ROBOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The host adds its own right-click items for nodes, edges and the canvas, and gets the clicked element. */
class ContextMenuContributorTest {
    private CanvasStage canvas;
    private final List<ContextMenuRequest> requests = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        canvas = CanvasStage.show();
        canvas.fx(() -> canvas.view.getContextMenuContributors().add(request -> {
            requests.add(request);
            if (request.target() == ContextMenuRequest.Target.CANVAS) {
                return List.of();
            }
            MenuItem rename = new MenuItem("Mark as reviewed");
            rename.setOnAction(e -> canvas.diagram.modeling().updateLabel(request.element(), "reviewed"));
            return List.of(rename);
        }));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNodeItemGetsTheClickedNodeAndItsEditIsUndoable() {
        DiagramNode task = canvas.node(TASK, 100, 100);

        requestContextMenu(task.center(), skin().glyphOf(task));
        ROBOT.clickOn("Mark as reviewed");

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).target()).isEqualTo(ContextMenuRequest.Target.NODE);
        assertThat(requests.get(0).node()).contains(task);
        assertThat(task.getLabel()).isEqualTo("reviewed");
        canvas.fx(() -> canvas.view.actions().undo());
        assertThat(task.getLabel()).isEqualTo("Task");
    }

    @Test
    void anEdgeItemGetsTheClickedEdge() {
        DiagramNode a = canvas.node(TASK, 40, 100);
        DiagramNode b = canvas.node(TASK, 400, 100);
        DiagramEdge edge = canvas.fx(() -> canvas.diagram.modeling().connect(new PortRef(a.id(), "out"),
                new PortRef(b.id(), "in")));

        requestContextMenu(new Point2D(280, 130), skin().glyphOf(edge));
        ROBOT.clickOn("Mark as reviewed");

        assertThat(requests.get(0).target()).isEqualTo(ContextMenuRequest.Target.EDGE);
        assertThat(requests.get(0).edge()).contains(edge);
        assertThat(edge.getLabel()).isEqualTo("reviewed");
    }

    @Test
    void onTheCanvasTheRequestCarriesTheModelPointAndNoItemsMeansNoSeparator() {
        requestContextMenu(new Point2D(250, 175), canvas.view);

        ContextMenuRequest request = requests.get(0);
        assertThat(request.target()).isEqualTo(ContextMenuRequest.Target.CANVAS);
        assertThat(request.element()).isNull();
        assertThat(request.modelPoint().getX()).isCloseTo(250, within(1.0));
        assertThat(request.modelPoint().getY()).isCloseTo(175, within(1.0));
        ContextMenu menu = canvas.fx(() -> Window.getWindows().stream().filter(ContextMenu.class::isInstance)
                .map(ContextMenu.class::cast).filter(Window::isShowing).findFirst().orElseThrow());
        assertThat(menu.getItems()).extracting(MenuItem::getText)
                .containsExactly("Paste", "Select all", null, "Fit to view", "Auto-layout");
        canvas.fx(menu::hide);
    }

    private DiagramViewSkin skin() {
        return (DiagramViewSkin) canvas.view.getSkin();
    }

    /** What a right click fires on desktop platforms (Monocle's glass does not), in scene coordinates. */
    private void requestContextMenu(Point2D model, Node picked) {
        canvas.fx(() -> {
            Point2D local = canvas.view.modelToLocal(model.getX(), model.getY());
            Point2D scene = canvas.view.localToScene(local);
            Point2D screen = canvas.view.localToScreen(local);
            Event.fireEvent(picked, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screen.getX(), screen.getY(), false, new PickResult(picked, scene.getX(), scene.getY())));
        });
    }
}
