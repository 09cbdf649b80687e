package io.buildify.app.eroverview;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Theme;
import io.buildify.app.ui.DiagramExports;
import io.buildify.canvas.Diagram;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeType;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The ER overview window: every entity as a box coloured by its status with its key fields, relationships as
 * labelled arrows, laid out automatically. Read-only (no palette, edits refused); double-click a box to open the
 * entity in the wizard; export as PNG or SVG with the canvas exporter.
 */
public final class ErOverviewView extends BorderPane {
    private static final Map<ErOverviewViewModel, Stage> OPEN = new WeakHashMap<>();
    private final ErOverviewViewModel viewModel;
    private final DiagramView canvas = new DiagramView();

    public ErOverviewView(ErOverviewViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("er-overview");
        canvas.setId("erCanvas");
        canvas.setShowGrid(false);
        canvas.diagramProperty().bind(viewModel.diagramProperty());
        // Refit after each rebuild, once the canvas has its size.
        canvas.diagramProperty().addListener((obs, old, now) -> Platform.runLater(canvas::fitToView));
        canvas.widthProperty().addListener((obs, old, now) -> fitWhenFirstSized(old.doubleValue()));
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, this::doubleClicked);
        // The canvas's own menu offers edit actions, which a read-only overview has none of.
        canvas.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, ContextMenuEvent::consume);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, ErOverviewView::swallowEditKeys);
        setTop(toolbar());
        setCenter(canvas);
    }

    /** Shows the overview window (one per ViewModel), or brings it to the front if it is open. */
    public static Stage show(ErOverviewViewModel viewModel, Window owner) {
        Stage stage = OPEN.get(viewModel);
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("ER diagram");
            if (owner != null) {
                stage.initOwner(owner);
            }
            Scene scene = new Scene(new ErOverviewView(viewModel), 1000, 700);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.setOnShown(event -> viewModel.setActive(true));
            stage.setOnHidden(event -> {
                viewModel.setActive(false);
                OPEN.remove(viewModel);
            });
            OPEN.put(viewModel, stage);
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    public DiagramView canvas() {
        return canvas;
    }

    private void fitWhenFirstSized(double oldWidth) {
        if (oldWidth == 0) {
            canvas.fitToView();
        }
    }

    private void doubleClicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2) {
            return;
        }
        event.consume(); // no label editor: the overview is read-only
        DiagramNode node = nodeAt(event.getPickResult().getIntersectedNode());
        if (node != null && viewModel.open(node) && getScene() != null && getScene().getWindow() instanceof Stage s
                && s.getOwner() != null) {
            s.getOwner().requestFocus();
        }
    }

    /** Delete, cut, paste and duplicate would ask for refused edits: they do nothing here. */
    private static void swallowEditKeys(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean shortcut = event.isShortcutDown();
        if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE || code == KeyCode.F2
                || shortcut && (code == KeyCode.X || code == KeyCode.V || code == KeyCode.D)) {
            event.consume();
        }
    }

    /** Node glyphs carry their DiagramNode as user data; walk up from the picked shape or text. */
    private static DiagramNode nodeAt(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof DiagramNode node) {
                return node;
            }
        }
        return null;
    }

    private ToolBar toolbar() {
        Button fit = new Button("Fit", Icons.of(MaterialDesignF.FIT_TO_PAGE_OUTLINE));
        fit.setId("erFitButton");
        fit.setTooltip(new Tooltip("Show the whole diagram"));
        fit.setOnAction(event -> canvas.fitToView());
        Button png = new Button("Export PNG…", Icons.of(MaterialDesignI.IMAGE_OUTLINE));
        png.setId("erExportPng");
        png.setOnAction(event -> choose("er-diagram.png", "PNG image", "*.png").ifPresent(this::exportPng));
        Button svg = new Button("Export SVG…", Icons.of(MaterialDesignS.SVG));
        svg.setId("erExportSvg");
        svg.setOnAction(event -> choose("er-diagram.svg", "SVG drawing", "*.svg").ifPresent(this::exportSvg));
        Label summary = new Label();
        summary.setId("erSummary");
        summary.getStyleClass().add("hint-text");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label hint = new Label("Double-click opens an entity");
        hint.getStyleClass().add("hint-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(fit, png, svg, new Separator(Orientation.VERTICAL), summary, spacer);
        for (NodeType type : List.of(ErNodeTypes.DRAFT, ErNodeTypes.PUBLISHED, ErNodeTypes.CHANGED)) {
            bar.getItems().add(legend(type));
        }
        bar.getItems().addAll(new Separator(Orientation.VERTICAL), hint);
        return bar;
    }

    private static Label legend(NodeType type) {
        Rectangle swatch = new Rectangle(12, 12, type.color().deriveColor(0, 1, 1, 0.35));
        swatch.setStroke(type.color());
        Label label = new Label(type.displayName(), swatch);
        label.getStyleClass().add("hint-text");
        return label;
    }

    /** Writes the whole diagram as PNG at twice the screen scale (sharp in documents). */
    public void exportPng(Path file) {
        DiagramExports.png(getScene().getWindow(), diagram().model(), file);
    }

    public void exportSvg(Path file) {
        DiagramExports.svg(getScene().getWindow(), diagram().model(), file);
    }

    private Diagram diagram() {
        return viewModel.diagramProperty().get();
    }

    private java.util.Optional<Path> choose(String name, String description, String pattern) {
        return DiagramExports.chooseTarget(getScene().getWindow(), name, description, pattern);
    }
}
