package io.buildify.canvas.export;

import io.buildify.canvas.DiagramView;
import io.buildify.canvas.internal.EdgeGlyph;
import io.buildify.canvas.internal.NodeGlyph;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Exports a diagram, or part of it, as PNG (rendered off-screen with the same glyphs and stylesheet as the view,
 * at any scale) or as SVG (see {@link SvgWriter}). Exports show the document only: no grid, selection or markers.
 * A part means the given nodes and the edges whose both ends are among them.
 */
public final class DiagramExporter {
    /** Blank space around the drawing, in model units. */
    public static final double PADDING = 20;
    private static final Color BACKGROUND = Color.WHITE;

    private final DiagramModel model;

    public DiagramExporter(DiagramModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The nodes among the elements, plus the edges whose both ends are among those nodes, in model order. */
    public List<DiagramElement> partOf(Collection<? extends DiagramElement> elements) {
        Set<String> nodeIds = new HashSet<>();
        List<DiagramElement> part = new ArrayList<>();
        for (DiagramNode node : model.nodes()) {
            if (elements.contains(node)) {
                nodeIds.add(node.id());
                part.add(node);
            }
        }
        for (DiagramEdge edge : model.edges()) {
            if (nodeIds.contains(edge.source().nodeId()) && nodeIds.contains(edge.target().nodeId())) {
                part.add(edge);
            }
        }
        return part;
    }

    /** Pixel size of a PNG of the elements at the scale: the part's bounds plus padding, times scale, rounded up. */
    public int[] imageSize(Collection<? extends DiagramElement> elements, double scale) {
        Bounds bounds = model.boundsOf(partOf(elements));
        return new int[] {(int) Math.ceil((bounds.getWidth() + 2 * PADDING) * scale),
                (int) Math.ceil((bounds.getHeight() + 2 * PADDING) * scale)};
    }

    /** Renders the elements at the scale; call on the JavaFX application thread. */
    public WritableImage toImage(Collection<? extends DiagramElement> elements, double scale) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("PNG export renders with JavaFX: call it on the FX application thread");
        }
        if (!(scale > 0 && scale <= 16)) {
            throw new IllegalArgumentException("export scale must be within (0, 16], was " + scale);
        }
        List<DiagramElement> part = partOf(elements);
        Bounds bounds = model.boundsOf(part);
        Group drawing = new Group();
        for (DiagramElement element : part) {
            if (element instanceof DiagramEdge edge) {
                EdgeGlyph glyph = new EdgeGlyph(edge);
                glyph.update(model.pointsOf(edge));
                drawing.getChildren().add(glyph);
            }
        }
        for (DiagramElement element : part) {
            if (element instanceof DiagramNode node) {
                drawing.getChildren().add(new NodeGlyph(node));
            }
        }
        drawing.getTransforms().add(new Translate(PADDING - bounds.getMinX(), PADDING - bounds.getMinY()));
        Pane root = new Pane(drawing);
        root.getStyleClass().add(DiagramView.STYLE_CLASS);
        root.setStyle("-fx-background-color: transparent;");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(DiagramView.stylesheet());
        root.applyCss();
        root.layout();
        int[] size = imageSize(part, scale);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(BACKGROUND);
        parameters.setTransform(new Scale(scale, scale));
        parameters.setViewport(new Rectangle2D(0, 0, size[0], size[1]));
        return root.snapshot(parameters, new WritableImage(size[0], size[1]));
    }

    public void writePng(Collection<? extends DiagramElement> elements, double scale, Path file) throws IOException {
        WritableImage image = toImage(elements, scale);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available in this JDK");
        }
    }

    public String toSvg(Collection<? extends DiagramElement> elements) {
        List<DiagramElement> part = partOf(elements);
        return new SvgWriter(model, PADDING).write(part, model.boundsOf(part));
    }

    public void writeSvg(Collection<? extends DiagramElement> elements, Path file) throws IOException {
        Files.writeString(file, toSvg(elements), StandardCharsets.UTF_8);
    }
}
