package io.buildify.canvas.ui;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.clipboard.DiagramClipboard;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.PortRef;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.buildify.canvas.TestDiagrams.END;
import static io.buildify.canvas.TestDiagrams.TASK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copy and paste through the system clipboard, as between two running instances of the application. What this
 * proves: two views whose {@link DiagramClipboard}s share nothing but the JavaFX system clipboard exchange
 * diagram parts through it (custom data format plus plain text), and data another program put there is pasted.
 * What it cannot prove headless: Monocle's clipboard lives inside this JVM, so the hand-over between two operating
 * system processes (the platform clipboard's own serialisation of the custom format) is not exercised.
 */
class SystemClipboardTest {
    private Diagram first;
    private Diagram second;
    private DiagramView firstView;
    private DiagramView secondView;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        first = TestDiagrams.empty();
        second = TestDiagrams.empty();
        FxToolkit.setupStage(stage -> {
            firstView = new DiagramView(first);
            secondView = new DiagramView(second);
            // Each "instance" has a clipboard object of its own; only the system clipboard is shared.
            firstView.clipboardProperty().set(new DiagramClipboard(true));
            secondView.clipboardProperty().set(new DiagramClipboard(true));
            HBox root = new HBox(firstView, secondView);
            firstView.setPrefSize(450, 400);
            secondView.setPrefSize(450, 400);
            stage.setScene(new Scene(root, 900, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            Clipboard.getSystemClipboard().clear();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void copyInOneViewPastesInAnotherThroughTheSystemClipboard() {
        DiagramEdge edge = fx(() -> {
            DiagramNode a = first.modeling().createNode(TASK, 20, 20);
            DiagramNode b = first.modeling().createNode(END, 300, 200);
            first.modeling().updateLabel(a, "Review \"big\" order");
            DiagramEdge e = first.modeling().connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
            first.modeling().setWaypoints(e, List.of(new Point2D(200, 50), new Point2D(200, 225)));
            firstView.actions().selectAll();
            firstView.actions().copy();
            return e;
        });
        Map<String, Object> system = fx(() -> Map.of(
                "json", Clipboard.getSystemClipboard().getContent(DiagramClipboard.DATA_FORMAT),
                "text", Clipboard.getSystemClipboard().getString()));
        assertThat((String) system.get("json")).startsWith("{\"format\":\"buildify-diagram\"");
        assertThat((String) system.get("text")).isEqualTo("Review \"big\" order" + System.lineSeparator() + "End");
        DiagramSnapshot before = second.model().snapshot();

        fx(() -> {
            secondView.actions().paste();
            return null;
        });

        assertThat(second.model().nodes()).extracting(DiagramNode::getLabel)
                .containsExactly("Review \"big\" order", "End");
        assertThat(second.model().edges()).hasSize(1);
        DiagramEdge pasted = second.model().edges().get(0);
        assertThat(pasted.getWaypoints()).containsExactly(new Point2D(220, 70), new Point2D(220, 245));
        assertThat(edge.getWaypoints()).containsExactly(new Point2D(200, 50), new Point2D(200, 225));
        assertThat(secondView.getSelection()).hasSize(3);
        fx(() -> {
            secondView.actions().undo();
            return null;
        });
        assertThat(second.model().snapshot()).isEqualTo(before);
    }

    @Test
    void diagramDataAnotherProgramPutOnTheClipboardIsPastedAndGarbageIsIgnored() {
        String json = "{\"format\":\"buildify-diagram\",\"version\":1,\"nodes\":[{\"id\":\"x\",\"type\":\"task\","
                + "\"x\":100,\"y\":100,\"width\":120,\"height\":60,\"label\":\"From elsewhere\",\"style\":\"\"}],"
                + "\"edges\":[]}";
        fx(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DiagramClipboard.DATA_FORMAT, json));
            firstView.actions().paste();
            return null;
        });
        assertThat(first.model().nodes()).extracting(DiagramNode::getLabel).containsExactly("From elsewhere");

        fx(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DiagramClipboard.DATA_FORMAT, "{not json",
                    DataFormat.PLAIN_TEXT, "hello"));
            firstView.actions().paste();
            return null;
        });
        assertThat(first.model().nodes()).as("broken data leaves the last good contents")
                .extracting(DiagramNode::getLabel).containsExactly("From elsewhere", "From elsewhere");
    }

    private static <T> T fx(Callable<T> action) {
        try {
            T result = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
