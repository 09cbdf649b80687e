package io.buildify.app.entitywizard;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small read-only diagram of the entity being edited (centre) and the entities it is related to (around it),
 * one line per relationship labelled with its name and cardinality; dashed lines are relationships other entities
 * declare towards this one. Plain JavaFX shapes, redrawn from {@link DiagramLink}s whenever they or the size change.
 * (The reusable {@code designer-canvas} control will replace this once it exists.)
 */
final class RelationshipDiagram extends Pane {
    private static final double BOX_WIDTH = 116;
    private static final double BOX_HEIGHT = 30;

    private final ObservableList<DiagramLink> links;
    private final ObservableStringValue entityName;

    RelationshipDiagram(ObservableList<DiagramLink> links, ObservableStringValue entityName) {
        this.links = links;
        this.entityName = entityName;
        getStyleClass().add("relationship-diagram");
        setId("relationshipDiagram");
        setMinHeight(200);
        setPrefSize(420, 240);
        links.addListener((ListChangeListener<DiagramLink>) c -> redraw());
        entityName.addListener((obs, old, now) -> redraw());
        widthProperty().addListener((obs, old, now) -> redraw());
        heightProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    private void redraw() {
        String self = entityName.get() == null || entityName.get().isBlank() ? "(unnamed)" : entityName.get();
        double width = Math.max(getWidth(), 300);
        double height = Math.max(getHeight(), 200);
        double cx = width / 2;
        double cy = height / 2;
        Map<String, List<DiagramLink>> byOther = new LinkedHashMap<>();
        List<DiagramLink> selfLinks = new ArrayList<>();
        for (DiagramLink link : links) {
            String other = link.otherEnd(entityName.get());
            if (other.equals(entityName.get())) {
                selfLinks.add(link);
            } else {
                byOther.computeIfAbsent(other, k -> new ArrayList<>()).add(link);
            }
        }
        List<Node> lines = new ArrayList<>();
        List<Node> boxes = new ArrayList<>();
        double rx = Math.max(width / 2 - BOX_WIDTH / 2 - 8, 60);
        double ry = Math.max(height / 2 - BOX_HEIGHT / 2 - 8, 50);
        int n = byOther.size();
        int i = 0;
        for (Map.Entry<String, List<DiagramLink>> entry : byOther.entrySet()) {
            // Spread the related entities on an ellipse, starting upper right: diagonal lines leave room for the
            // captions between the boxes.
            double angle = -Math.PI / 4 + 2 * Math.PI * i / n;
            double x = cx + rx * Math.cos(angle);
            double y = cy + ry * Math.sin(angle);
            Line line = new Line(cx, cy, x, y);
            line.getStyleClass().add("diagram-line");
            boolean allIncoming = entry.getValue().stream().noneMatch(DiagramLink::declaredHere);
            if (allIncoming) {
                line.getStyleClass().add("diagram-line-incoming");
            }
            lines.add(line);
            lines.add(caption(entry.getValue(), (cx + x) / 2, (cy + y) / 2));
            boxes.addAll(box(entry.getKey(), x, y, false));
            i++;
        }
        boxes.addAll(box(self, cx, cy, true));
        if (!selfLinks.isEmpty()) {
            boxes.add(caption(selfLinks, cx, cy + BOX_HEIGHT / 2 + 14));
        }
        if (links.isEmpty()) {
            Label hint = new Label("No relationships yet: click \"Add relationship\".");
            hint.getStyleClass().add("hint-text");
            hint.layoutXProperty().bind(hint.widthProperty().divide(-2).add(cx));
            hint.setLayoutY(cy + BOX_HEIGHT);
            boxes.add(hint);
        }
        getChildren().setAll(lines);
        getChildren().addAll(boxes);
    }

    private static List<Node> box(String name, double x, double y, boolean self) {
        Label box = new Label(name);
        box.getStyleClass().add(self ? "diagram-entity-self" : "diagram-entity");
        box.setAlignment(Pos.CENTER);
        box.setPrefSize(BOX_WIDTH, BOX_HEIGHT);
        box.setMaxSize(BOX_WIDTH, BOX_HEIGHT);
        box.relocate(x - BOX_WIDTH / 2, y - BOX_HEIGHT / 2);
        return List.of(box);
    }

    /** "orders 1 : N" per link, one per line, centred on {@code (x, y)} once its size is known. */
    private static Label caption(List<DiagramLink> links, double x, double y) {
        Label caption = new Label(String.join("\n", links.stream().map(l -> l.name() + "  " + l.cardinality())
                .toList()));
        caption.getStyleClass().add("diagram-caption");
        caption.setTextAlignment(TextAlignment.CENTER);
        caption.layoutXProperty().bind(caption.widthProperty().divide(-2).add(x));
        caption.layoutYProperty().bind(caption.heightProperty().divide(-2).add(y));
        return caption;
    }
}
