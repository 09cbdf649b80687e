package io.buildify.canvas.ui;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.Palette;
import io.buildify.canvas.internal.DiagramViewSkin;
import io.buildify.canvas.internal.EdgeGlyph;
import io.buildify.canvas.internal.NodeGlyph;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.model.NodeTypes;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.rules.ConnectionRule;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.buildify.canvas.TestDiagrams.END;
import static io.buildify.canvas.TestDiagrams.START;
import static io.buildify.canvas.TestDiagrams.TASK;
import static io.buildify.canvas.ui.CanvasStage.ROBOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Host-supplied node-type icons in the nodes and the palette, and a screenshot with icons and the bend-point
 * handles of a selected edge ({@code target/screenshots/canvas-icons-bendpoints.png}; set
 * {@code -Dbuildify.screenshots.dir=../docs/screenshots} to refresh the documentation's copy).
 */
class NodeIconTest {
    private static final Path DIRECTORY = Path.of(System.getProperty("buildify.screenshots.dir", "target/screenshots"))
            .toAbsolutePath().normalize();
    private static final NodeType ICON_START = START.withIcon(icon("M0 0 L12 7 L0 14 Z", "#1e7e43"));
    private static final NodeType ICON_TASK = TASK.withIcon(icon(
            "M2 0 H12 V16 H0 V2 Z M3 5 H9 V6 H3 Z M3 8 H9 V9 H3 Z M3 11 H7 V12 H3 Z", "#2a5fa8"));
    private static final NodeType ICON_END = END.withIcon(icon("M0 0 H12 V12 H0 Z", "#b3261e"));
    private static final NodeTypes TYPES = NodeTypes.of(ICON_START, ICON_TASK, ICON_END);

    private final Diagram diagram = new Diagram(TYPES, ConnectionRule.ANY);
    private DiagramView view;
    private Scene scene;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theIconIsDrawnInsideTheNodeAndInThePaletteAndHiddenFarOut() throws Exception {
        show();
        DiagramNode task = fx(() -> diagram.modeling().createNode(ICON_TASK, 100, 100));
        NodeGlyph glyph = fx(() -> (NodeGlyph) ((DiagramViewSkin) view.getSkin()).glyphOf(task));

        Bounds icon = fx(() -> glyph.localToParent(glyph.icon().getBoundsInParent()));
        assertThat(icon.getWidth()).isBetween(8.0, 16.5);
        assertThat(icon.getHeight()).isBetween(8.0, 16.5);
        assertThat(task.bounds().contains(icon)).as("icon %s inside %s", icon, task.bounds()).isTrue();
        assertThat(ROBOT.lookup("#palette-task .node-icon").tryQuery()).isPresent();
        assertThat(ROBOT.lookup("#palette-start .node-icon").tryQuery()).isPresent();

        fx(() -> {
            view.setZoom(DiagramView.DETAIL_ZOOM / 2);
            view.layout();
            return null;
        });
        assertThat(glyph.icon().isVisible()).isFalse();
    }

    @Test
    void aTypeWithoutAnIconDrawsNone() throws Exception {
        show();
        DiagramNode plain = fx(() -> {
            DiagramNode node = new DiagramNode("plain", TASK, 50, 50);
            diagram.model().addNode(node);
            return node;
        });
        NodeGlyph glyph = fx(() -> (NodeGlyph) ((DiagramViewSkin) view.getSkin()).glyphOf(plain));
        assertThat(glyph.icon()).isNull();
        assertThat(TASK.icon()).isNull();
    }

    @Test
    void screenshotOfIconsAndBendPoints() throws Exception {
        show();
        fx(() -> {
            DiagramNode start = diagram.modeling().createNode(ICON_START, 40, 160);
            DiagramNode review = diagram.modeling().createNode(ICON_TASK, 180, 60);
            DiagramNode ship = diagram.modeling().createNode(ICON_TASK, 180, 260);
            DiagramNode end = diagram.modeling().createNode(ICON_END, 480, 160);
            diagram.modeling().updateLabel(review, "Review order");
            diagram.modeling().updateLabel(ship, "Ship parcel");
            connect(start, review);
            connect(start, ship);
            DiagramEdge bent = connect(review, end);
            connect(ship, end);
            Point2D from = diagram.model().pointsOf(bent).get(0);
            Point2D to = diagram.model().pointsOf(bent).get(1);
            diagram.modeling().setWaypoints(bent, List.of(new Point2D(400, from.getY()), new Point2D(400, to.getY())));
            view.getSelection().add(bent);
            view.setZoom(1.3);
            return null;
        });
        WritableImage image = fx(() -> scene.snapshot(null));
        EdgeGlyph glyph = fx(() -> (EdgeGlyph) ((DiagramViewSkin) view.getSkin()).glyphOf(
                view.getSelection().iterator().next()));
        assertThat(fx(() -> glyph.bendHandle(1).getParent().isVisible())).isTrue();

        Files.createDirectories(DIRECTORY);
        Path file = DIRECTORY.resolve("canvas-icons-bendpoints.png");
        write(image, file);
        assertThat(file).exists();
    }

    private DiagramEdge connect(DiagramNode from, DiagramNode to) {
        return diagram.modeling().connect(new PortRef(from.id(), "out"), new PortRef(to.id(), "in"));
    }

    private void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new DiagramView(diagram);
            BorderPane root = new BorderPane(view);
            root.setLeft(new Palette(TYPES.all()));
            scene = new Scene(root, 900, 520);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Supplier<Node> icon(String path, String color) {
        return () -> {
            SVGPath svg = new SVGPath();
            svg.setContent(path);
            svg.setFill(Color.web(color));
            svg.setFillRule(FillRule.EVEN_ODD);
            return svg;
        };
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void write(WritableImage image, Path file) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(buffered, "png", file.toFile());
    }
}
