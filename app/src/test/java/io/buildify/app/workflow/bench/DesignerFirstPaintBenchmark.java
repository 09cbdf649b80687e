package io.buildify.app.workflow.bench;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.ui.Theme;
import io.buildify.app.util.TaskRunner;
import io.buildify.app.workflow.WorkflowDesignerView;
import io.buildify.app.workflow.WorkflowDesignerViewModel;
import io.buildify.app.workflow.WorkflowDocument;
import io.buildify.app.workflow.WorkflowProject;
import io.buildify.canvas.DiagramView;
import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * First paint of a 50-state workflow in the designer screen (ViewModel with validation, canvas, palette,
 * properties, problems list, minimap), from the stored definition to the first finished {@code Scene.snapshot},
 * against the baseline of a bare {@link DiagramView} showing the same 50 states and transitions, measured in the
 * same run. Prints medians of wall-clock time and of the FX thread's CPU time (which waiting for a core on a busy
 * machine does not inflate) and their ratios; goal: designer < 100 ms. Headless (Monocle, software pipeline).
 * Options: {@code -Dbench.states=50 -Dbench.runs=15 -Dbench.warmup=5}. Run from the repository root:
 * <pre>
 * ./mvnw -q -pl app -am -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/bench-cp.txt
 * java -Dprism.order=sw -Dprism.text=t2k -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *     -Djava.awt.headless=true --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
 *     -cp "app/target/classes:app/target/test-classes:$(cat app/target/bench-cp.txt)" \
 *     io.buildify.app.workflow.bench.DesignerFirstPaintBenchmark
 * </pre>
 */
public final class DesignerFirstPaintBenchmark {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private DesignerFirstPaintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int states = Integer.getInteger("bench.states", 50);
        int runs = Integer.getInteger("bench.runs", 15);
        int warmup = Integer.getInteger("bench.warmup", 5);
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        fx(() -> {
            Theme.applyUserAgentStylesheet();
            return null;
        });
        Path dir = Files.createTempDirectory("designer-bench");
        DraftStore store = TestProjects.openStore(dir);
        try {
            WorkflowProject project = new WorkflowProject(store.workflows());
            EntityDefinition entity = EntityDefinition.of("claim").withFields(List.of(
                    FieldDefinition.of("amount", FieldType.DECIMAL), FieldDefinition.of("title", FieldType.STRING)));
            WorkflowDefinition workflow = workflow(states);
            project.save(workflow);
            TaskRunner runner = TaskRunner.direct();
            ServerConnection server = new ServerConnection(runner);
            Supplier<Parent> designer = () -> {
                WorkflowDesignerViewModel vm = new WorkflowDesignerViewModel(project, workflow, () -> List.of(entity),
                        server, runner);
                return new WorkflowDesignerView(vm);
            };
            Supplier<Parent> baseline = () -> new DiagramView(new WorkflowDocument(workflow).diagram());
            System.out.printf(Locale.ROOT, "designer first paint, %d states / %d transitions, %dx%d, prism.order=%s,"
                            + " %d runs (after %d warm-up), medians%n", states, workflow.transitions().size(), WIDTH,
                    HEIGHT, System.getProperty("prism.order", "default"), runs, warmup);
            Window appWindow = fx(Window::new);
            measure("opened in the app's window (as the app does)", appWindow::firstPaint, designer, baseline,
                    runs, warmup);
            measure("opened in a new window each time (cold styles)", DesignerFirstPaintBenchmark::firstPaintInNewWindow,
                    designer, baseline, runs, warmup);
            fx(appWindow::close);
            System.out.printf(Locale.ROOT, "  load average %.1f on %d cores (wall clock includes waiting for a core)%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            store.close();
            Platform.exit();
        }
    }

    /** A grid of states: start, then tasks/approvals/conditions in rows, each linked onward, ends at the bottom. */
    static WorkflowDefinition workflow(int count) {
        List<WorkflowState> states = new ArrayList<>();
        List<WorkflowTransition> transitions = new ArrayList<>();
        StateType[] middle = {StateType.TASK, StateType.APPROVAL, StateType.CONDITION};
        for (int i = 0; i < count; i++) {
            StateType type = i == 0 ? StateType.START : i >= count - 2 ? StateType.END : middle[i % 3];
            states.add(new WorkflowState("s" + i, "state_" + i, "State " + i, null, type, null, null,
                    type == StateType.END, type == StateType.APPROVAL,
                    type == StateType.APPROVAL ? new ApprovalConfig(List.of("manager"), 1) : null, null, List.of(),
                    List.of(), List.of(), List.of(), 40 + (i % 8) * 180, 40 + (i / 8) * 120));
        }
        for (int i = 0; i < count - 2; i++) {
            transitions.add(WorkflowTransition.of("next_" + i, "s" + i, "s" + (i + 1)));
            if (i % 3 == 2) { // a condition: a second, default branch to an end
                transitions.add(WorkflowTransition.of("skip_" + i, "s" + i, "s" + (count - 1)));
            }
        }
        return new WorkflowDefinition("bench", "bench_flow", "Bench flow", null, null, "claim",
                WorkflowTrigger.manual(), states, transitions);
    }

    /** Alternates baseline and designer {@code runs} times after {@code warmup} and prints the medians. */
    private static void measure(String title, Painter painter, Supplier<Parent> designer, Supplier<Parent> baseline,
                                int runs, int warmup) throws Exception {
        double[][] designerMs = new double[2][runs];
        double[][] baselineMs = new double[2][runs];
        for (int i = -warmup; i < runs; i++) { // alternate, so both see the same JIT and GC state
            double[] b = painter.firstPaint(baseline);
            double[] d = painter.firstPaint(designer);
            if (i >= 0) {
                for (int k = 0; k < 2; k++) {
                    baselineMs[k][i] = b[k];
                    designerMs[k][i] = d[k];
                }
            }
        }
        double designerMedian = median(designerMs[0]);
        double baselineMedian = median(baselineMs[0]);
        System.out.printf(Locale.ROOT, "%s%n", title);
        System.out.printf(Locale.ROOT, "                                 wall clock   FX-thread CPU%n");
        System.out.printf(Locale.ROOT, "  baseline (bare DiagramView)   %8.1f ms   %8.1f ms%n", baselineMedian,
                median(baselineMs[1]));
        System.out.printf(Locale.ROOT, "  workflow designer screen      %8.1f ms   %8.1f ms%n", designerMedian,
                median(designerMs[1]));
        System.out.printf(Locale.ROOT, "  ratio designer / baseline     %8.2f      %8.2f      goal < 100 ms (wall): %s%n",
                designerMedian / baselineMedian, median(designerMs[1]) / median(baselineMs[1]),
                designerMedian < 100 ? "met" : "NOT met");
    }

    /** Builds a screen and paints it once; wall-clock and FX-thread CPU milliseconds. */
    private interface Painter {
        double[] firstPaint(Supplier<Parent> content) throws Exception;
    }

    /**
     * The app's path: the main window is already up and the designer replaces the content of its centre, so the
     * scene's style caches are warm from what the window showed before (JavaFX keeps them per scene root).
     */
    private static final class Window {
        private final Stage stage = new Stage();
        private final StackPane holder = new StackPane();

        Window() {
            Scene scene = new Scene(holder, WIDTH, HEIGHT);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
        }

        double[] firstPaint(Supplier<Parent> content) throws Exception {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            return fx(() -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                holder.getChildren().setAll(content.get());
                holder.getScene().snapshot(null);
                double[] ms = {(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
                holder.getChildren().clear();
                return ms;
            });
        }

        Void close() {
            stage.close();
            return null;
        }
    }

    /** A new Stage and Scene per screen: every style lookup starts cold. */
    private static double[] firstPaintInNewWindow(Supplier<Parent> content) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return fx(() -> {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Stage stage = new Stage();
            Scene scene = new Scene(content.get(), WIDTH, HEIGHT);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
            scene.snapshot(null);
            double[] ms = {(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
            stage.close();
            return ms;
        });
    }

    private static <T> T fx(Callable<T> body) throws Exception {
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
