package io.buildify.canvas.internal;

import io.buildify.canvas.Palette;
import io.buildify.canvas.model.NodeType;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** Draws a {@link Palette} as a column of entries: a small swatch of the type's shape, its icon if any, its name. */
public final class PaletteSkin extends SkinBase<Palette> {
    private final VBox column = new VBox(2);

    public PaletteSkin(Palette palette) {
        super(palette);
        Label title = new Label("Palette");
        title.getStyleClass().add("palette-title");
        column.getChildren().add(title);
        getChildren().add(column);
        palette.getNodeTypes().addListener((ListChangeListener<NodeType>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        column.getChildren().remove(1, column.getChildren().size());
        for (NodeType type : getSkinnable().getNodeTypes()) {
            column.getChildren().add(entry(type));
        }
    }

    private Label entry(NodeType type) {
        IconBox icon = IconBox.of(type.icon(), 14);
        Label entry = new Label(type.displayName(), icon == null ? swatch(type) : new HBox(4, swatch(type), icon));
        entry.getStyleClass().add("palette-entry");
        entry.setId("palette-" + type.name());
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setStyle("-node-color: " + NodeColors.hex(type.color()) + ";");
        entry.setUserData(type);
        // A press-drag-release gesture rather than platform drag and drop: it stays inside JavaFX (the view gets
        // MOUSE_DRAG_* events carrying this entry as gesture source) and so also works headless.
        entry.setOnDragDetected(event -> {
            entry.startFullDrag();
            event.consume();
        });
        return entry;
    }

    private static Shape swatch(NodeType type) {
        double w = 22, h = 14;
        Shape shape = switch (type.shape()) {
            case RECTANGLE -> new Rectangle(w, h);
            case ROUNDED_RECTANGLE -> {
                Rectangle r = new Rectangle(w, h);
                r.setArcWidth(6);
                r.setArcHeight(6);
                yield r;
            }
            case ELLIPSE -> new Ellipse(w / 2, h / 2, h / 2 + 1, h / 2);
            case DIAMOND -> new Polygon(w / 2, 0, w, h / 2, w / 2, h, 0, h / 2);
        };
        shape.getStyleClass().add("palette-swatch");
        return shape;
    }
}
