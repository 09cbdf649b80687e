package io.buildify.app.workflow;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Tooltips;
import io.buildify.app.ui.DiagramExports;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.Minimap;
import io.buildify.canvas.Palette;
import io.buildify.canvas.model.DiagramElement;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import io.buildify.app.workflow.ActionsViewModel.Phase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The workflow designer: a toolbar (auto-layout, fit, zoom to selection, find, delete, export, publish), the
 * palette, the canvas with its markers and a minimap in its corner, the problems list under it, and on the right the properties of the selection (the workflow header when nothing is
 * selected) and the simulate panel. The canvas selection and the ViewModel's selected id follow each other.
 */
public final class WorkflowDesignerView extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final WorkflowDesignerViewModel viewModel;
    private final DiagramView canvas;
    private boolean syncingSelection;
    private Runnable onDeleteWorkflow = () -> { };

    public WorkflowDesignerView(WorkflowDesignerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("workflow-designer");
        canvas = new DiagramView(viewModel.diagram());
        canvas.setId("workflowCanvas");
        Bindings.bindContent(canvas.getMarkers(), viewModel.markers());
        Bindings.bindContent(canvas.getHighlighted(), viewModel.simulation().highlighted());
        canvas.getContextMenuContributors().add(new WorkflowContextMenu(viewModel.contextActions()));
        canvas.getSelection().addListener((SetChangeListener<DiagramElement>) change -> selectionChanged());
        viewModel.selectedIdProperty().addListener((obs, old, now) -> showSelected(now));

        Palette palette = new Palette(WorkflowNodeTypes.all().all());
        palette.setId("workflowPalette");
        SplitPane canvasAndProblems = new SplitPane(new StackPane(canvas, emptyHint(), minimap()),
                new ProblemsView(viewModel));
        canvasAndProblems.setOrientation(Orientation.VERTICAL);
        canvasAndProblems.setDividerPositions(0.78);
        BorderPane middle = new BorderPane(canvasAndProblems);
        middle.setLeft(palette);

        setTop(toolbar());
        setCenter(middle);
        setRight(sidePanel());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event) && !canvas.isFocused()) { // from the palette or a panel: find on the canvas
                event.consume();
                openFind();
            }
        });
    }

    /** Shown over an empty canvas only, so built the first time the canvas is empty. */
    private javafx.scene.Node emptyHint() {
        javafx.scene.Node box = WorkflowForms.lazy(Bindings.isEmpty(viewModel.diagram().model().nodes()), () -> {
            Label hint = new Label("Drag a Start, Tasks, Approvals, Conditions and an End from the palette.\n"
                    + "Connect them by dragging from a state's right dot to another state's left dot.");
            hint.getStyleClass().add("canvas-hint");
            return hint;
        });
        ((VBox) box).setAlignment(Pos.CENTER);
        box.setMouseTransparent(true);
        return box;
    }

    /** The whole drawing in small, bottom-right over the canvas; click centres, drag pans. */
    private Minimap minimap() {
        Minimap minimap = new Minimap(canvas);
        minimap.setId("workflowMinimap");
        minimap.setPrefSize(180, 110);
        minimap.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        minimap.visibleProperty().bind(Bindings.isNotEmpty(viewModel.diagram().model().nodes()));
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));
        return minimap;
    }

    /** Opens the canvas's own find field (what Ctrl+F does when the canvas has the focus). */
    public void openFind() {
        canvas.requestFocus();
        canvas.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F, false, true, false, true));
    }

    private ToolBar toolbar() {
        Label title = new Label();
        title.getStyleClass().add("workflow-title");
        title.setGraphic(Icons.sized(MaterialDesignS.SITEMAP_OUTLINE, 20));
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            String label = viewModel.header().labelProperty().get();
            return label.isBlank() ? viewModel.header().nameProperty().get() : label;
        }, viewModel.header().labelProperty(), viewModel.header().nameProperty()));

        Button fit = new Button(null, Icons.of(MaterialDesignF.FIT_TO_PAGE_OUTLINE));
        fit.setId("fitButton");
        Tooltips.install(fit, "Fit the workflow to the view (F)");
        fit.setOnAction(event -> canvas.fitToView());
        Button zoomToSelection = new Button(null, Icons.of(MaterialDesignM.MAGNIFY_SCAN));
        zoomToSelection.setId("zoomToSelectionButton");
        Tooltips.install(zoomToSelection, "Zoom to the selection (Z)");
        zoomToSelection.disableProperty().bind(Bindings.isEmpty(canvas.getSelection()));
        zoomToSelection.setOnAction(event -> canvas.zoomToSelection());
        Button layout = new Button("Auto-layout", Icons.of(MaterialDesignS.SITEMAP));
        layout.setId("autoLayoutButton");
        Tooltips.install(layout, "Arrange the selected states (two or more), else all, left to right (undo: Ctrl+Z)");
        layout.disableProperty().bind(Bindings.isEmpty(viewModel.diagram().model().nodes()));
        layout.setOnAction(event -> canvas.actions().autoLayout());
        Button find = new Button(null, Icons.of(MaterialDesignM.MAGNIFY));
        find.setId("findButton");
        Tooltips.install(find, "Find a state by its label (Ctrl+F)");
        find.setOnAction(event -> openFind());
        Button delete = new Button(null, Icons.of(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("deleteSelectionButton");
        Tooltips.install(delete, "Delete the selected states and transitions (Delete)");
        delete.disableProperty().bind(Bindings.isEmpty(canvas.getSelection()));
        delete.setOnAction(event -> canvas.actions().deleteSelection());

        MenuItem bpmn = new MenuItem("BPMN 2.0 (.bpmn)…");
        bpmn.setOnAction(event -> chooseFile("workflow.bpmn", "BPMN 2.0", "*.bpmn")
                .ifPresent(file -> run(() -> viewModel.exportBpmn(file))));
        MenuItem png = new MenuItem("Picture (.png)…");
        png.setOnAction(event -> chooseFile("workflow.png", "PNG image", "*.png").ifPresent(this::exportPng));
        MenuItem svg = new MenuItem("Drawing (.svg)…");
        svg.setOnAction(event -> chooseFile("workflow.svg", "SVG drawing", "*.svg").ifPresent(this::exportSvg));
        MenuButton export = new MenuButton("Export", Icons.of(MaterialDesignE.EXPORT_VARIANT), bpmn, png, svg);
        export.setId("exportMenu");

        Button publish = new Button("Publish", Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE));
        publish.setId("publishWorkflowButton");
        publish.getStyleClass().add("publish-button");
        Tooltips.install(publish, "Publish this workflow to the server as its next version");
        publish.disableProperty().bind(viewModel.publish().publishingProperty());
        publish.setOnAction(event -> viewModel.publish().publish());
        // The spinner's skin is many styled segments: built the first time a publish runs, not at first paint.
        javafx.scene.Node progress = WorkflowForms.lazy(viewModel.publish().publishingProperty(), () -> {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(18, 18);
            return spinner;
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button deleteWorkflow = new Button(null, Icons.of(MaterialDesignD.DELETE_FOREVER_OUTLINE));
        deleteWorkflow.setId("deleteWorkflowButton");
        Tooltips.install(deleteWorkflow, "Delete this workflow draft (published versions stay on the server)");
        deleteWorkflow.setOnAction(event -> onDeleteWorkflow.run());
        return new ToolBar(title, spacer, layout, fit, zoomToSelection, find, delete, new Separator(Orientation.VERTICAL), export, deleteWorkflow,
                new Separator(Orientation.VERTICAL), progress, publish);
    }

    private TabPane sidePanel() {
        VBox properties = new VBox(12);
        properties.setPadding(new Insets(10));
        // Built on first use: at first paint nothing is selected, and the hidden forms would cost CSS and layout.
        var stateShown = viewModel.stateProperties().activeProperty();
        var transitionShown = viewModel.transitionProperties().activeProperty();
        javafx.scene.Node state = WorkflowForms.lazy(stateShown, () -> new VBox(12,
                new StatePropertiesView(viewModel.stateProperties()), new EscalationView(viewModel.escalation()),
                new ActionsView(viewModel.actions(), Phase.ENTRY, Phase.EXIT)));
        javafx.scene.Node transition = WorkflowForms.lazy(transitionShown, () -> new VBox(12,
                new TransitionPropertiesView(viewModel.transitionProperties()),
                new ActionsView(viewModel.actions(), Phase.TRANSITION)));
        HeaderView header = new HeaderView(viewModel.header(), viewModel.trigger(),
                viewModel.publish().commitMessageProperty(), viewModel.diagram().model().nodes().isEmpty());
        var nothingSelected = viewModel.selectedIdProperty().isNull();
        bindShown(header, nothingSelected);
        Label hint = new Label("Select a state or a transition on the canvas to edit it.");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        bindShown(hint, nothingSelected);
        // Empty until the first publish: built then, like the forms above.
        javafx.scene.Node outcome = WorkflowForms.lazy(viewModel.publish().outcomeProperty().isNotEmpty(),
                this::publishOutcome);
        properties.getChildren().addAll(outcome, state, transition, header, hint);
        ScrollPane scroll = new ScrollPane(properties);
        scroll.setFitToWidth(true);
        Tab propertiesTab = new Tab("Properties", scroll);
        propertiesTab.setId("propertiesTab");
        Tab simulateTab = new Tab("Simulate");
        simulateTab.setId("simulateTab");
        simulateTab.selectedProperty().addListener((obs, was, is) -> {
            if (is && simulateTab.getContent() == null) {
                SimulationView simulation = new SimulationView(viewModel.simulation());
                simulation.setPadding(new Insets(10));
                simulateTab.setContent(simulation);
            }
        });
        TabPane tabs = new TabPane(propertiesTab, simulateTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(330);
        tabs.setMinWidth(300);
        tabs.getStyleClass().add("workflow-side-panel");
        return tabs;
    }

    private Label publishOutcome() {
        Label outcome = new Label();
        outcome.setId("publishOutcome");
        outcome.getStyleClass().add("publish-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.publish().outcomeProperty());
        javafx.css.PseudoClass failed = javafx.css.PseudoClass.getPseudoClass("failed");
        outcome.pseudoClassStateChanged(failed, viewModel.publish().failedProperty().get());
        viewModel.publish().failedProperty().addListener((obs, old, now) -> outcome.pseudoClassStateChanged(failed, now));
        return outcome;
    }

    private static void bindShown(javafx.scene.Node node, javafx.beans.value.ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private void selectionChanged() {
        if (syncingSelection) {
            return;
        }
        syncingSelection = true;
        try {
            viewModel.select(canvas.getSelection().size() == 1 ? canvas.getSelection().iterator().next().id() : null);
        } finally {
            syncingSelection = false;
        }
    }

    private void showSelected(String id) {
        if (syncingSelection || id == null) {
            return;
        }
        var model = viewModel.diagram().model();
        Optional<DiagramElement> element = model.findNode(id).<DiagramElement>map(n -> n)
                .or(() -> model.findEdge(id).map(e -> e));
        if (element.isPresent() && !(canvas.getSelection().size() == 1 && canvas.getSelection().contains(element.get()))) {
            syncingSelection = true;
            try {
                canvas.getSelection().clear();
                canvas.getSelection().add(element.get());
            } finally {
                syncingSelection = false;
            }
        }
    }

    /** Writes the whole drawing as PNG at twice the screen scale (sharp in documents). */
    public void exportPng(Path file) {
        DiagramExports.png(getScene().getWindow(), viewModel.diagram().model(), file);
    }

    public void exportSvg(Path file) {
        DiagramExports.svg(getScene().getWindow(), viewModel.diagram().model(), file);
    }

    /** What the "delete this workflow" button does; the main window confirms and deletes the draft. */
    public void setOnDeleteWorkflow(Runnable action) {
        onDeleteWorkflow = java.util.Objects.requireNonNull(action, "action");
    }

    public DiagramView canvas() {
        return canvas;
    }

    private Optional<Path> chooseFile(String name, String description, String pattern) {
        String workflowName = viewModel.header().nameProperty().get();
        return DiagramExports.chooseTarget(getScene().getWindow(),
                workflowName.isBlank() ? name : workflowName + name.substring(name.indexOf('.')), description, pattern);
    }

    private void run(DiagramExports.Export export) {
        DiagramExports.run(getScene().getWindow(), export);
    }
}
