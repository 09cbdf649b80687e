package io.buildify.canvas.internal;

import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.modeling.Modeling;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The connect gesture: a dashed preview line follows the mouse from the source port and snaps to a port nearby;
 * that port turns green if the rules allow the edge and red (with a red line) if they refuse. Release over an
 * allowed port connects; anywhere else nothing happens.
 */
final class ConnectTool {
    static final PseudoClass ACCEPTED = PseudoClass.getPseudoClass("accepted");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    /** On the view while connecting: every port shows, so the user sees where the edge can go. */
    static final PseudoClass CONNECTING = PseudoClass.getPseudoClass("connecting");
    private static final double SNAP_PIXELS = 12;

    private final DiagramView view;
    private final DiagramViewSkin skin;
    private final Line preview = new Line();
    private PortHandle source;
    private PortHandle target;
    private boolean allowed;

    ConnectTool(DiagramView view, DiagramViewSkin skin) {
        this.view = view;
        this.skin = skin;
        preview.getStyleClass().add("preview-edge");
        preview.setMouseTransparent(true);
        preview.setManaged(false);
    }

    void start(PortHandle from, double localX, double localY) {
        source = from;
        view.pseudoClassStateChanged(CONNECTING, true);
        skin.overlay().getChildren().add(preview);
        drag(localX, localY);
    }

    void drag(double localX, double localY) {
        Point2D start = view.modelToLocal(source.node().portPosition(source.spec()).getX(),
                source.node().portPosition(source.spec()).getY());
        Point2D mouse = view.localToModel(localX, localY);
        setTarget(findPort(mouse, SNAP_PIXELS / view.getZoom()));
        Point2D end = new Point2D(localX, localY);
        if (target != null) {
            Point2D at = target.node().portPosition(target.spec());
            end = view.modelToLocal(at.getX(), at.getY());
        }
        preview.setStartX(start.getX());
        preview.setStartY(start.getY());
        preview.setEndX(end.getX());
        preview.setEndY(end.getY());
        preview.pseudoClassStateChanged(REFUSED, target != null && !allowed);
    }

    void finish() {
        if (target != null && allowed) {
            view.getDiagram().modeling().connect(source.ref(), target.ref());
        }
        cancel();
    }

    void cancel() {
        if (source == null) {
            return;
        }
        setTarget(null);
        view.pseudoClassStateChanged(CONNECTING, false);
        skin.overlay().getChildren().remove(preview);
        source = null;
    }

    boolean isActive() {
        return source != null;
    }

    private void setTarget(PortHandle port) {
        if (target != null && target.equals(port)) {
            return;
        }
        feedback(target, false, false);
        target = port;
        Modeling modeling = view.getDiagram().modeling();
        allowed = port != null && modeling.canConnect(source.ref(), port.ref());
        feedback(port, allowed, port != null && !allowed);
    }

    private void feedback(PortHandle port, boolean accepted, boolean refused) {
        if (port == null || !(skin.glyphOf(port.node()) instanceof NodeGlyph glyph)) {
            return;
        }
        Circle handle = glyph.portHandle(port.spec().id());
        handle.pseudoClassStateChanged(ACCEPTED, accepted);
        handle.pseudoClassStateChanged(REFUSED, refused);
    }

    /** The port of another node nearest to the model point, within the radius; searched in the model, not the scene. */
    private PortHandle findPort(Point2D point, double radius) {
        PortHandle best = null;
        double bestDistance = radius;
        for (DiagramNode node : view.getDiagram().model().nodes()) {
            if (node == source.node() || point.getX() < node.getX() - radius
                    || point.getX() > node.getX() + node.getWidth() + radius
                    || point.getY() < node.getY() - radius || point.getY() > node.getY() + node.getHeight() + radius) {
                continue;
            }
            for (var spec : node.type().ports()) {
                double distance = node.portPosition(spec).distance(point);
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = new PortHandle(node, spec);
                }
            }
        }
        return best;
    }
}
