package io.buildify.canvas.demo;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.Marker;
import io.buildify.canvas.Minimap;
import io.buildify.canvas.Palette;
import io.buildify.canvas.export.DiagramExporter;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** The demo window: palette, toolbar (undo, redo, fit, auto-layout, export), a view of a generated graph, minimap. */
public final class CanvasDemoApp extends Application {
    @Override
    public void start(Stage stage) {
        int nodes = Integer.getInteger("nodes", 200);
        Diagram diagram = DemoDiagrams.newDiagram();
        DemoDiagrams.generate(diagram.model(), nodes, 42);
        DiagramView view = new DiagramView(diagram);
        addDemoMarkers(diagram, view);
        stage.setTitle("Buildify canvas demo — " + nodes + " nodes");
        stage.setScene(new Scene(layout(diagram, view), 1280, 800));
        stage.show();
        view.requestFocus();
    }

    /** The demo's scene content; also used by the screenshot test. */
    public static Parent layout(Diagram diagram, DiagramView view) {
        Button undo = new Button("Undo");
        undo.disableProperty().bind(diagram.commandStack().canUndoProperty().not());
        undo.setOnAction(e -> view.actions().undo());
        Button redo = new Button("Redo");
        redo.disableProperty().bind(diagram.commandStack().canRedoProperty().not());
        redo.setOnAction(e -> view.actions().redo());
        Button fit = new Button("Fit");
        fit.setOnAction(e -> view.fitToView());
        Button layout = new Button("Auto-layout");
        layout.setOnAction(e -> view.actions().autoLayout());
        Button png = new Button("Export PNG");
        png.setOnAction(e -> export(diagram, view, true));
        Button svg = new Button("Export SVG");
        svg.setOnAction(e -> export(diagram, view, false));
        Label status = new Label();
        status.textProperty().bind(Bindings.createStringBinding(() -> String.format("%d nodes, %d edges, %.0f %%",
                        diagram.model().nodes().size(), diagram.model().edges().size(), view.getZoom() * 100),
                diagram.model().nodes(), diagram.model().edges(), view.zoomProperty()));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolBar = new ToolBar(undo, redo, fit, layout, png, svg, spacer, status);
        Minimap minimap = new Minimap(view);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));
        BorderPane root = new BorderPane(new StackPane(view, minimap));
        root.setTop(toolBar);
        root.setLeft(new Palette(diagram.nodeTypes().all()));
        return root;
    }

    /** Marks tasks without an outgoing edge (a warning) and decisions with fewer than two (an error). */
    public static void addDemoMarkers(Diagram diagram, DiagramView view) {
        for (DiagramNode node : diagram.model().nodes()) {
            long outgoing = diagram.model().edgesOf(node.id()).stream()
                    .filter(e -> e.source().nodeId().equals(node.id())).count();
            if (node.type() == DemoDiagrams.DECISION && outgoing < 2) {
                view.getMarkers().put(node.id(), List.of(Marker.error("A decision needs two outgoing edges")));
            } else if (node.type() == DemoDiagrams.TASK && outgoing == 0) {
                view.getMarkers().put(node.id(), List.of(Marker.warning("Nothing follows this task")));
            }
        }
    }

    private static void export(Diagram diagram, DiagramView view, boolean png) {
        Collection<DiagramElement> what = view.getSelection().isEmpty()
                ? List.copyOf(diagram.model().nodes()) : List.copyOf(view.getSelection());
        Path file = Path.of(png ? "canvas-export.png" : "canvas-export.svg").toAbsolutePath();
        try {
            DiagramExporter exporter = new DiagramExporter(diagram.model());
            if (png) {
                exporter.writePng(what, 2, file);
            } else {
                exporter.writeSvg(what, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("export to " + file + " failed", e);
        }
    }
}
