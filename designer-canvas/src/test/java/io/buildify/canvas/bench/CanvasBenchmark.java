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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * building the model to the first finished snapshot. Figures are medians (and p95) of many frames. Because wall
 * time on a shared machine includes waiting for other processes, each frame's CPU time on the two threads that do
 * the work (the FX thread and the renderer) is reported too. Heap is the live heap after a full GC with the graph
 * shown (after both scripts), minus the heap after GC just before it was built.
 */
public final class CanvasBenchmark {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final int FRAMES = 120;
    private static final int WARMUP = 30;
    private static final int PAINT_RUNS = 7;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long[] workThreads = new long[0];

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        long fxThread = fx(() -> Thread.currentThread().getId());
        workThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getId() == fxThread || t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).toArray();
        System.out.printf(Locale.ROOT, "designer-canvas benchmark: %dx%d, prism.order=%s, %d frames per script, "
                + "medians; first paint median of %d; cpu = FX + renderer thread time%n",
                WIDTH, HEIGHT, System.getProperty("prism.order", "default"), FRAMES, PAINT_RUNS);
        System.out.printf(Locale.ROOT, "%-6s %-9s %11s %10s %10s %10s %10s %10s %12s %13s %8s%n", "nodes", "drawing",
                "first paint", "paint cpu", "pan med", "pan p95", "zoom med", "zoom p95", "pan cpu p95", "zoom cpu p95", "heap");
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
        double[] paintCpu = new double[PAINT_RUNS];
        for (int run = 0; run < PAINT_RUNS; run++) {
            long cpu = workCpuNanos();
            long start = System.nanoTime();
            Subject painted = fx(() -> show(factory));
            paints[run] = (System.nanoTime() - start) / 1e6;
            paintCpu[run] = (workCpuNanos() - cpu) / 1e6;
            fx(painted::dispose);
        }
        long emptyHeap = heapAfterGc();
        Scripts scripts = runScripts(fx(() -> show(factory)));
        long heap = scripts.shownHeap - emptyHeap;
        if (!report) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-6d %-9s %9.1fms %8.1fms %8.2fms %8.2fms %8.2fms %8.2fms %10.2fms %11.2fms %6.1fMB%n",
                nodes, name, median(paints), median(paintCpu), median(scripts.pan[0]), percentile(scripts.pan[0], 0.95),
                median(scripts.zoom[0]), percentile(scripts.zoom[0], 0.95), percentile(scripts.pan[1], 0.95),
                percentile(scripts.zoom[1], 0.95), heap / 1048576.0);
    }

    private record Scripts(double[][] pan, double[][] zoom, long shownHeap) {
    }

    /** Pans, then zooms, measures the heap with the graph still shown, and closes the window. */
    private static Scripts runScripts(Subject measured) throws Exception {
        double[][] pan = frames(measured, i -> measured.pan(i < FRAMES / 2 ? -12 : 12, i % 4 == 0 ? -6 : 3));
        double[][] zoom = frames(measured, i -> measured.zoom(i < FRAMES / 2 ? 1 / 1.025 : 1.025));
        long shownHeap = heapAfterGc();
        fx(measured::dispose);
        return new Scripts(pan, zoom, shownHeap);
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** CPU time so far of the FX thread and the renderer thread, which together draw a frame. */
    private static long workCpuNanos() {
        long total = 0;
        for (long id : workThreads) {
            total += THREADS.getThreadCpuTime(id);
        }
        return total;
    }

    private static Subject show(Supplier<Subject> factory) {
        Subject built = factory.get();
        built.stage.show();
        built.stage.getScene().snapshot(null);
        return built;
    }

    /** Wall times [0] and CPU times [1] of the frames, in ms. */
    private static double[][] frames(Subject subject, java.util.function.IntConsumer step) throws Exception {
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        double[][] times = new double[2][FRAMES];
        for (int i = -WARMUP; i < FRAMES; i++) {
            int frame = i;
            double[] ms = fx(() -> {
                long cpu = workCpuNanos();
                long start = System.nanoTime();
                step.accept(Math.max(0, frame));
                subject.stage.getScene().snapshot(image);
                return new double[] {(System.nanoTime() - start) / 1e6, (workCpuNanos() - cpu) / 1e6};
            });
            if (i >= 0) {
                times[0][i] = ms[0];
                times[1][i] = ms[1];
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


        /** Closes the window and lets go of the scene (a closed stage may be kept by the toolkit for a while). */
        void dispose() {
            stage.close();
            stage.setScene(null);
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
