package io.buildify.canvas.export;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.buildify.canvas.TestDiagrams.END;
import static io.buildify.canvas.TestDiagrams.START;
import static io.buildify.canvas.TestDiagrams.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramExporterTest {
    private final Diagram diagram = TestDiagrams.empty();
    private DiagramNode start;
    private DiagramNode task;
    private DiagramNode end;

    @BeforeAll
    static void platform() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void build() {
        start = diagram.modeling().createNode(START, 0, 25);
        task = diagram.modeling().createNode(TASK, 150, 20);
        end = diagram.modeling().createNode(END, 400, 25);
        diagram.modeling().updateLabel(task, "Check <order> & \"pay\"");
        diagram.modeling().connect(new PortRef(start.id(), "out"), new PortRef(task.id(), "in"));
        diagram.modeling().connect(new PortRef(task.id(), "out"), new PortRef(end.id(), "in"));
    }

    @Test
    void pngOfTheWholeDiagramHasTheBoundsPlusPaddingTimesScale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("diagram.png");
        WaitForAsyncUtils.asyncFx(() -> {
            build();
            new DiagramExporter(diagram.model()).writePng(diagram.model().nodes(), 2, file);
            return null;
        }).get(20, TimeUnit.SECONDS);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((450 + 40) * 2);
        assertThat(image.getHeight()).isEqualTo((60 + 40) * 2);
        int taskCentre = image.getRGB((210 + 20) * 2, (50 - 20 + 20) * 2);
        int gap = image.getRGB((120 + 20) * 2, (30 - 20 + 20) * 2);
        assertThat(taskCentre & 0xffffff).as("the task body is tinted with its colour").isNotEqualTo(0xffffff);
        assertThat(gap & 0xffffff).as("the background is white").isEqualTo(0xffffff);
        Files.copy(file, Path.of("target", "export-test.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void pngOfTheSelectionCoversOnlyThatPart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("part.png");
        WaitForAsyncUtils.asyncFx(() -> {
            build();
            new DiagramExporter(diagram.model()).writePng(List.of(task, end), 1, file);
            return null;
        }).get(20, TimeUnit.SECONDS);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(450 - 150 + 40);
        assertThat(image.getHeight()).isEqualTo(60 + 40);
    }

    @Test
    void svgIsWellFormedAndHoldsEveryShapeEdgeAndEscapedLabel() throws Exception {
        String svg = WaitForAsyncUtils.asyncFx(() -> {
            build();
            return new DiagramExporter(diagram.model()).toSvg(diagram.model().nodes());
        }).get(20, TimeUnit.SECONDS);

        Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("490");
        assertThat(document.getElementsByTagName("ellipse").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("Start");
        assertThat(svg).contains("Check &lt;order&gt; &amp;");
    }

    @Test
    void pngExportOffTheFxThreadFailsClearly(@TempDir Path dir) {
        assertThatThrownBy(() -> new DiagramExporter(diagram.model())
                .writePng(diagram.model().nodes(), 1, dir.resolve("x.png")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FX application thread");
        assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
    }
}
