package io.buildify.canvas.bench;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.demo.DemoDiagrams;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.stage.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Frame-time benchmark of the diagram view against a baseline measured in the same run: the same graph drawn as
 * plain rectangles and lines in a Pane (no control, no culling, no CSS classes). "no-grid" is the view with its
 * background grid turned off. Not a test; run it with the
 * command in designer-canvas/README.md (headless Monocle, software pipeline).
 *
 * <p>A frame is one scripted viewport change followed by {@code Scene.snapshot}, which runs CSS, layout and a
 * full software render synchronously, so its wall time is the cost of that frame. First paint is the time from
 * building the model to the first finished snapshot. Figures are medians (and p95) of many frames.
 */
public final class CanvasBenchmark {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final int FRAMES = 120;
    private static final int WARMUP = 30;
    private static final int PAINT_RUNS = 5;

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        System.out.printf(Locale.ROOT, "designer-canvas benchmark: %dx%d, prism.order=%s, %d frames per script, medians%n",
                WIDTH, HEIGHT, System.getProperty("prism.order", "default"), FRAMES);
        System.out.printf(Locale.ROOT, "%-6s %-9s %11s %10s %10s %10s %10s%n", "nodes", "drawing",
                "first paint", "pan med", "pan p95", "zoom med", "zoom p95");
        // One unreported pass first, so the first row does not pay for class loading and JIT compilation.
        row(500, "warm-up", () -> canvasScene(500, true), false);
        for (int nodes : sizes()) {
            row(nodes, "canvas", () -> canvasScene(nodes, true));
            row(nodes, "no-grid", () -> canvasScene(nodes, false));
            row(nodes, "baseline", () -> baselineScene(nodes));
        }
        Platform.exit();
    }

    private static int[] sizes() {
        return Arrays.stream(System.getProperty("bench.sizes", "50,500,2000").split(","))
                .mapToInt(Integer::parseInt).toArray();
    }

    private static void row(int nodes, String name, Supplier<Subject> factory) throws Exception {
        row(nodes, name, factory, true);
    }

    private static void row(int nodes, String name, Supplier<Subject> factory, boolean report) throws Exception {
        double[] paints = new double[PAINT_RUNS];
        Subject subject = null;
        for (int run = 0; run < PAINT_RUNS; run++) {
            if (subject != null) {
                Subject old = subject;
                fx(() -> old.stage.close());
                subject = null;
            }
            long start = System.nanoTime();
            subject = fx(() -> show(factory));
            paints[run] = (System.nanoTime() - start) / 1e6;
        }
        Subject measured = subject;
        double[] pan = frames(measured, i -> measured.pan(i < FRAMES / 2 ? -12 : 12, i % 4 == 0 ? -6 : 3));
        double[] zoom = frames(measured, i -> measured.zoom(i < FRAMES / 2 ? 1 / 1.025 : 1.025));
        fx(() -> measured.stage.close());
        if (!report) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-6d %-9s %9.1fms %8.2fms %8.2fms %8.2fms %8.2fms%n", nodes, name,
                median(paints), median(pan), percentile(pan, 0.95), median(zoom), percentile(zoom, 0.95));
    }

    private static Subject show(Supplier<Subject> factory) {
        Subject built = factory.get();
        built.stage.show();
        built.stage.getScene().snapshot(null);
        return built;
    }

    private static double[] frames(Subject subject, java.util.function.IntConsumer step) throws Exception {
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        double[] times = new double[FRAMES];
        for (int i = -WARMUP; i < FRAMES; i++) {
            int frame = i;
            double ms = fx(() -> {
                long start = System.nanoTime();
                step.accept(Math.max(0, frame));
                subject.stage.getScene().snapshot(image);
                return (System.nanoTime() - start) / 1e6;
            });
            if (i >= 0) {
                times[i] = ms;
            }
        }
        return times;
    }

    private static Subject canvasScene(int nodes, boolean grid) {
        Diagram diagram = DemoDiagrams.newDiagram();
        DemoDiagrams.generate(diagram.model(), nodes, 42);
        DiagramView view = new DiagramView(diagram);
        view.setShowGrid(grid);
        Stage stage = stage(view);
        return new Subject(stage) {
            @Override
            void pan(double dx, double dy) {
                view.setOffsetX(view.getOffsetX() + dx);
                view.setOffsetY(view.getOffsetY() + dy);
            }

            @Override
            void zoom(double factor) {
                view.zoomAt(factor, WIDTH / 2.0, HEIGHT / 2.0);
            }
        };
    }

    /** The same nodes and edges as plain shapes in one transformed group: what a naive drawing costs. */
    private static Subject baselineScene(int nodes) {
        DiagramModel model = new DiagramModel();
        DemoDiagrams.generate(model, nodes, 42);
        Group content = new Group();
        for (DiagramEdge edge : model.edges()) {
            List<Point2D> points = model.pointsOf(edge);
            Line line = new Line(points.get(0).getX(), points.get(0).getY(), points.get(1).getX(), points.get(1).getY());
            line.setStroke(Color.GRAY);
            content.getChildren().add(line);
        }
        for (DiagramNode node : model.nodes()) {
            Rectangle rectangle = new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());
            rectangle.setFill(Color.LIGHTBLUE);
            rectangle.setStroke(Color.STEELBLUE);
            content.getChildren().add(rectangle);
        }
        Affine transform = new Affine();
        content.getTransforms().add(transform);
        Pane pane = new Pane(content);
        Stage stage = stage(pane);
        double[] view = {1, 0, 0};
        return new Subject(stage) {
            @Override
            void pan(double dx, double dy) {
                view[1] += dx;
                view[2] += dy;
                transform.setToTransform(view[0], 0, view[1], 0, view[0], view[2]);
            }

            @Override
            void zoom(double factor) {
                double anchorX = (WIDTH / 2.0 - view[1]) / view[0];
                double anchorY = (HEIGHT / 2.0 - view[2]) / view[0];
                view[0] *= factor;
                view[1] = WIDTH / 2.0 - anchorX * view[0];
                view[2] = HEIGHT / 2.0 - anchorY * view[0];
                transform.setToTransform(view[0], 0, view[1], 0, view[0], view[2]);
            }
        };
    }

    private static Stage stage(Parent root) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        return stage;
    }

    private abstract static class Subject {
        final Stage stage;

        Subject(Stage stage) {
            this.stage = stage;
        }


        abstract void pan(double dx, double dy);

        abstract void zoom(double factor);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> body) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(body.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }

    private static void fx(Runnable body) throws Exception {
        fx(() -> {
            body.run();
            return null;
        });
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(fraction * (sorted.length - 1) + 0.5))];
    }
}
