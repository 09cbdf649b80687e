package io.buildify.canvas.internal;

import io.buildify.canvas.DiagramActions;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.NodeType;
import io.buildify.canvas.modeling.Modeling;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Input handling of a {@link DiagramView}: select (click, Shift/Ctrl-click, rubber band), move with grid snap
 * (each drag is one undoable step: its moves share a gesture and merge), connect ports, pan (space-drag,
 * middle-drag, scroll), zoom at the cursor (Ctrl+scroll, +/-), fit (Ctrl+0, F), zoom to the selection
 * (Ctrl+Shift+0, Z), find (Ctrl+F), the context menu, drops from a {@code Palette}, label editing and the edit
 * shortcuts, bend points ({@link BendPointTool}). Moving snaps to other nodes ({@link AlignmentGuides}) before the grid. It changes the model only through {@code Modeling} and {@link DiagramActions}.
 */
final class DiagramViewBehavior {
    private static final double ZOOM_STEP = 1.2;

    private enum Mode { IDLE, MOVE, CONNECT, RUBBER_BAND, PAN, BEND }

    private final DiagramView view;
    private final ConnectTool connectTool;
    private final LabelEditor labelEditor;
    private final FindBar findBar;
    private final CanvasContextMenu contextMenu;
    private final AlignmentGuides guides;
    private final BendPointTool bendPoints;
    private final Rectangle rubberBand = new Rectangle();
    private final Rectangle dropPreview = new Rectangle();
    private final List<Registration<?>> registrations = new ArrayList<>();
    private Mode mode = Mode.IDLE;
    private boolean spaceDown;
    private Point2D pressLocal = Point2D.ZERO;
    private Point2D pressModel = Point2D.ZERO;
    private Point2D pressOffset = Point2D.ZERO;
    private List<DiagramNode> moving = List.of();
    private DiagramNode anchor;
    private Point2D anchorStart = Point2D.ZERO;
    private long gesture;

    DiagramViewBehavior(DiagramView view, DiagramViewSkin skin) {
        this.view = view;
        this.connectTool = new ConnectTool(view, skin);
        this.labelEditor = new LabelEditor(view, skin);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setManaged(false);
        rubberBand.setMouseTransparent(true);
        rubberBand.setVisible(false);
        dropPreview.getStyleClass().add("drop-preview");
        dropPreview.setManaged(false);
        dropPreview.setMouseTransparent(true);
        dropPreview.setVisible(false);
        skin.overlay().getChildren().addAll(rubberBand, dropPreview);
        this.findBar = new FindBar(view, skin.overlay());
        this.contextMenu = new CanvasContextMenu(view, labelEditor::edit);
        this.guides = new AlignmentGuides(view, skin.overlay());
        this.bendPoints = new BendPointTool(view, this::snap);
        on(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenuRequested);
        on(MouseEvent.MOUSE_PRESSED, this::pressed);
        on(MouseEvent.MOUSE_DRAGGED, this::dragged);
        on(MouseEvent.MOUSE_RELEASED, this::released);
        on(MouseEvent.MOUSE_CLICKED, this::clicked);
        on(ScrollEvent.SCROLL, this::scrolled);
        on(KeyEvent.KEY_PRESSED, this::keyPressed);
        on(KeyEvent.KEY_RELEASED, this::keyReleased);
        on(MouseDragEvent.MOUSE_DRAG_OVER, this::paletteDragOver);
        on(MouseDragEvent.MOUSE_DRAG_EXITED, event -> dropPreview.setVisible(false));
        on(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDropped);
    }

    void dispose() {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void pressed(MouseEvent event) {
        if (view.getDiagram() == null || fromEditor(event)) {
            return;
        }
        labelEditor.commit();
        contextMenu.hide();
        view.requestFocus();
        pressLocal = new Point2D(event.getX(), event.getY());
        pressModel = view.localToModel(event.getX(), event.getY());
        pressOffset = new Point2D(view.getOffsetX(), view.getOffsetY());
        Object hit = hitAt(event);
        boolean toggle = event.isShiftDown() || event.isShortcutDown();
        if (event.getButton() == MouseButton.MIDDLE || (event.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
        } else if (event.getButton() != MouseButton.PRIMARY) {
            return;
        } else if (hit instanceof PortHandle port && view.getZoom() >= DiagramView.DETAIL_ZOOM) {
            mode = Mode.CONNECT;
            connectTool.start(port, event.getX(), event.getY());
        } else if (!toggle && bendPoints.press(hit, pressModel)) {
            mode = Mode.BEND;
        } else if (hit instanceof DiagramElement element) {
            select(element, toggle);
            if (element instanceof DiagramNode node && view.getSelection().contains(node)) {
                startMove(node);
            }
        } else {
            if (!toggle) {
                view.getSelection().clear();
            }
            mode = Mode.RUBBER_BAND;
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        switch (mode) {
            case MOVE -> moveTo(view.localToModel(event.getX(), event.getY()));
            case CONNECT -> connectTool.drag(event.getX(), event.getY());
            case BEND -> bendPoints.drag(view.localToModel(event.getX(), event.getY()));
            case PAN -> {
                view.setOffsetX(pressOffset.getX() + event.getX() - pressLocal.getX());
                view.setOffsetY(pressOffset.getY() + event.getY() - pressLocal.getY());
            }
            case RUBBER_BAND -> {
                rubberBand.setVisible(true);
                rubberBand.setX(Math.min(pressLocal.getX(), event.getX()));
                rubberBand.setY(Math.min(pressLocal.getY(), event.getY()));
                rubberBand.setWidth(Math.abs(event.getX() - pressLocal.getX()));
                rubberBand.setHeight(Math.abs(event.getY() - pressLocal.getY()));
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        switch (mode) {
            case CONNECT -> connectTool.finish();
            case BEND -> bendPoints.release();
            case RUBBER_BAND -> selectInside(pressModel, view.localToModel(event.getX(), event.getY()));
            default -> { }
        }
        rubberBand.setVisible(false);
        guides.clear();
        mode = Mode.IDLE;
        moving = List.of();
    }

    private void clicked(MouseEvent event) {
        boolean twice = event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !fromEditor(event);
        if (twice && bendPoints.doubleClick(hitAt(event))) {
            event.consume();
        } else if (twice && hitAt(event) instanceof DiagramElement element) {
            labelEditor.edit(element);
            event.consume();
        }
    }

    private void contextMenuRequested(ContextMenuEvent event) {
        if (view.getDiagram() != null && mode == Mode.IDLE && !(event.getTarget() instanceof TextInputControl)) {
            Node picked = event.getPickResult().getIntersectedNode();
            contextMenu.show(event, hitAt(picked));
            event.consume();
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShortcutDown()) {
            if (event.getDeltaY() != 0) {
                view.zoomAt(event.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, event.getX(), event.getY());
            }
        } else {
            view.setOffsetX(view.getOffsetX() + event.getDeltaX());
            view.setOffsetY(view.getOffsetY() + event.getDeltaY());
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (view.getDiagram() == null || event.getTarget() instanceof TextInputControl) {
            return;
        }
        DiagramActions actions = view.actions();
        KeyCode code = event.getCode();
        boolean shortcut = event.isShortcutDown();
        double nudge = view.getGridSize() * (event.isShiftDown() ? 5 : 1);
        if (code == KeyCode.SPACE) {
            spaceDown = true;
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            actions.deleteSelection();
        } else if (shortcut && code == KeyCode.F) {
            findBar.open();
        } else if ((shortcut && event.isShiftDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0))
                || (!shortcut && code == KeyCode.Z)) {
            view.zoomToSelection();
        } else if (shortcut && code == KeyCode.C) {
            actions.copy();
        } else if (shortcut && code == KeyCode.X) {
            actions.cut();
        } else if (shortcut && code == KeyCode.V) {
            actions.paste();
        } else if (shortcut && code == KeyCode.D) {
            actions.duplicate();
        } else if (shortcut && code == KeyCode.A) {
            actions.selectAll();
        } else if (shortcut && (code == KeyCode.Y || (code == KeyCode.Z && event.isShiftDown()))) {
            actions.redo();
        } else if (shortcut && code == KeyCode.Z) {
            actions.undo();
        } else if ((shortcut && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) || (!shortcut && code == KeyCode.F)) {
            view.fitToView();
        } else if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            view.zoomAt(ZOOM_STEP, view.getWidth() / 2, view.getHeight() / 2);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            view.zoomAt(1 / ZOOM_STEP, view.getWidth() / 2, view.getHeight() / 2);
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.UP || code == KeyCode.DOWN) {
            actions.nudge(code == KeyCode.LEFT ? -nudge : code == KeyCode.RIGHT ? nudge : 0,
                    code == KeyCode.UP ? -nudge : code == KeyCode.DOWN ? nudge : 0);
        } else if (code == KeyCode.ESCAPE) {
            connectTool.cancel();
            view.getSelection().clear();
        } else {
            return;
        }
        event.consume();
    }

    private void keyReleased(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            spaceDown = false;
        }
    }

    /** While a palette entry is dragged over the view, a dashed outline shows where the node will go. */
    private void paletteDragOver(MouseDragEvent event) {
        Optional<NodeType> type = draggedType(event);
        if (type.isEmpty()) {
            return;
        }
        Point2D corner = dropCorner(type.get(), event);
        Point2D local = view.modelToLocal(corner.getX(), corner.getY());
        dropPreview.setX(local.getX());
        dropPreview.setY(local.getY());
        dropPreview.setWidth(type.get().width() * view.getZoom());
        dropPreview.setHeight(type.get().height() * view.getZoom());
        dropPreview.setVisible(true);
        event.consume();
    }

    /** A palette drop: the new node is centred on the drop point (its corner snapped to the grid). */
    private void paletteDropped(MouseDragEvent event) {
        dropPreview.setVisible(false);
        Optional<NodeType> type = draggedType(event);
        if (type.isEmpty()) {
            return;
        }
        Point2D corner = dropCorner(type.get(), event);
        DiagramNode node = view.getDiagram().modeling().createNode(type.get(), corner.getX(), corner.getY());
        view.getSelection().clear();
        view.getSelection().add(node);
        view.requestFocus();
        event.consume();
    }

    private Point2D dropCorner(NodeType type, MouseDragEvent event) {
        Point2D at = view.localToModel(event.getX(), event.getY());
        return new Point2D(snap(at.getX() - type.width() / 2), snap(at.getY() - type.height() / 2));
    }

    private Optional<NodeType> draggedType(MouseDragEvent event) {
        return view.getDiagram() != null && event.getGestureSource() instanceof Node source
                && source.getUserData() instanceof NodeType type
                ? view.getDiagram().nodeTypes().find(type.name()).filter(type::equals) : Optional.empty();
    }

    private void select(DiagramElement element, boolean toggle) {
        if (toggle) {
            if (!view.getSelection().remove(element)) {
                view.getSelection().add(element);
            }
        } else if (!view.getSelection().contains(element)) {
            view.getSelection().clear();
            view.getSelection().add(element);
        }
    }

    private void startMove(DiagramNode node) {
        mode = Mode.MOVE;
        moving = view.actions().selectedNodes();
        anchor = node;
        anchorStart = new Point2D(node.getX(), node.getY());
        gesture = Modeling.newGesture();
    }

    /**
     * Moves so the grabbed node lines up with another node (alignment guides) or, failing that, its corner lands
     * on the grid; the other selected nodes keep their offsets.
     */
    private void moveTo(Point2D mouse) {
        double x = anchorStart.getX() + mouse.getX() - pressModel.getX();
        double y = anchorStart.getY() + mouse.getY() - pressModel.getY();
        Point2D aligned = view.isSnapToNodes() ? guides.align(anchor, x, y, moving) : new Point2D(Double.NaN, Double.NaN);
        double dx = (Double.isNaN(aligned.getX()) ? snap(x) : aligned.getX()) - anchor.getX();
        double dy = (Double.isNaN(aligned.getY()) ? snap(y) : aligned.getY()) - anchor.getY();
        if ((dx != 0 || dy != 0) && view.getDiagram().model().contains(anchor)) {
            view.getDiagram().modeling().moveNodes(moving, dx, dy, gesture);
        }
    }

    private double snap(double value) {
        double grid = view.getGridSize();
        return view.isSnapToGrid() && grid > 0 ? Math.round(value / grid) * grid : value;
    }

    /** Selects the nodes and edges lying entirely inside the band (added to the selection with Shift). */
    private void selectInside(Point2D from, Point2D to) {
        Bounds band = new BoundingBox(Math.min(from.getX(), to.getX()), Math.min(from.getY(), to.getY()),
                Math.abs(to.getX() - from.getX()), Math.abs(to.getY() - from.getY()));
        DiagramModel model = view.getDiagram().model();
        List<DiagramElement> inside = new ArrayList<>();
        for (DiagramNode node : model.nodes()) {
            if (band.contains(node.bounds())) {
                inside.add(node);
            }
        }
        for (DiagramEdge edge : model.edges()) {
            if (band.contains(model.boundsOf(List.of(edge)))) {
                inside.add(edge);
            }
        }
        view.getSelection().addAll(inside);
    }

    private Object hitAt(MouseEvent event) {
        return hitAt(event.getPickResult().getIntersectedNode());
    }

    private Object hitAt(Node picked) {
        Node node = picked;
        while (node != null && node != view) {
            Object data = node.getUserData();
            if (data instanceof PortHandle || data instanceof BendHandle || data instanceof DiagramElement) {
                return data;
            }
            node = node.getParent();
        }
        return null;
    }

    private boolean fromEditor(MouseEvent event) {
        Node node = event.getPickResult().getIntersectedNode();
        while (node != null && node != view) {
            if (node instanceof TextInputControl) {
                return true;
            }
            node = node.getParent();
        }
        return false;
    }

    private <E extends InputEvent> void on(EventType<E> type, EventHandler<? super E> handler) {
        view.addEventHandler(type, handler);
        registrations.add(new Registration<>(view, type, handler));
    }

    private record Registration<E extends InputEvent>(DiagramView view, EventType<E> type,
                                                      EventHandler<? super E> handler) {
        void remove() {
            view.removeEventHandler(type, handler);
        }
    }
}
