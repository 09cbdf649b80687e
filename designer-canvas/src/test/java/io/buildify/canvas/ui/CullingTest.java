package io.buildify.canvas.ui;

import io.buildify.canvas.DiagramView;
import io.buildify.canvas.internal.DiagramViewSkin;
import io.buildify.canvas.internal.NodeGlyph;
import io.buildify.canvas.model.DiagramNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;

import static io.buildify.canvas.TestDiagrams.TASK;
import static io.buildify.canvas.ui.CanvasStage.ROBOT;
import static org.assertj.core.api.Assertions.assertThat;

/** Only what meets the viewport is in the scene graph; far out, labels and ports are left out. */
class CullingTest {
    private CanvasStage canvas;
    private final List<DiagramNode> nodes = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        canvas = CanvasStage.show();
        canvas.fx(() -> {
            for (int i = 0; i < 2000; i++) {
                DiagramNode node = new DiagramNode("n" + i, TASK, (i % 50) * 200, (i / 50) * 120.0);
                canvas.diagram.model().addNode(node);
                nodes.add(node);
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void onlyNodesInTheViewportAreInTheSceneGraph() {
        DiagramViewSkin skin = (DiagramViewSkin) canvas.view.getSkin();
        assertThat(skin.shownNodeCount()).isBetween(10, 60);
        assertThat(ROBOT.lookup(".diagram-node").queryAll()).hasSize(skin.shownNodeCount());
        assertThat(skin.glyphOf(nodes.get(0))).isNotNull();
        assertThat(skin.glyphOf(nodes.get(1999))).isNull();

        canvas.fx(() -> {
            canvas.view.fitTo(canvas.diagram.model().boundsOf(List.of(nodes.get(1999))));
            canvas.view.layout();
        });
        assertThat(skin.glyphOf(nodes.get(1999))).isNotNull();
        assertThat(skin.glyphOf(nodes.get(0))).isNull();
    }

    @Test
    void panningMovesTheCachedGridAndOnlyZoomingRedrawsIt() {
        DiagramViewSkin skin = (DiagramViewSkin) canvas.view.getSkin();
        int before = skin.gridRedraws();
        canvas.fx(() -> {
            for (int i = 0; i < 30; i++) {
                canvas.view.setOffsetX(canvas.view.getOffsetX() - 17);
                canvas.view.setOffsetY(canvas.view.getOffsetY() + 5);
                canvas.view.layout();
            }
        });
        assertThat(skin.gridRedraws()).isEqualTo(before);
        assertThat(skin.glyphOf(nodes.get(2))).as("culling followed the pan").isNotNull();

        canvas.fx(() -> canvas.view.zoomAt(0.9, 100, 100));
        assertThat(skin.gridRedraws()).isEqualTo(before + 1);
    }

    @Test
    void belowTheDetailZoomLabelsAndPortsAreHidden() {
        DiagramViewSkin skin = (DiagramViewSkin) canvas.view.getSkin();
        NodeGlyph glyph = (NodeGlyph) skin.glyphOf(nodes.get(0));
        assertThat(glyph.label().isVisible()).isTrue();

        // Lay out at once: under load the next pulse may come after the assertions.
        canvas.fx(() -> {
            canvas.view.zoomAt(DiagramView.DETAIL_ZOOM * 0.9, 0, 0);
            canvas.view.layout();
        });
        assertThat(glyph.label().isVisible()).isFalse();
        assertThat(glyph.portHandle("in").getParent().isVisible()).isFalse();
        assertThat(skin.shownNodeCount()).isGreaterThan(100);

        canvas.fx(() -> canvas.view.setZoom(1));
        assertThat(glyph.label().isVisible()).isTrue();
    }
}
