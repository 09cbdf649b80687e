package io.buildify.canvas.internal;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.function.Supplier;

/**
 * A host-supplied icon scaled to fit a square, its top-left corner at the origin. The fit uses the icon's bounds
 * as built (a font icon's size is set in code): styling it here would be a CSS pass per icon, and the icon is not
 * in a scene yet, so the scene's one CSS pass styles it with everything else.
 */
final class IconBox extends Group {
    private IconBox(Node icon, double size) {
        Bounds bounds = icon.getLayoutBounds();
        double scale = size / Math.max(1e-6, Math.max(bounds.getWidth(), bounds.getHeight()));
        double padX = (size - bounds.getWidth() * scale) / 2;
        double padY = (size - bounds.getHeight() * scale) / 2;
        icon.getTransforms().setAll(new Translate(padX, padY), new Scale(scale, scale),
                new Translate(-bounds.getMinX(), -bounds.getMinY()));
        getStyleClass().add("node-icon");
        getChildren().add(icon);
        setMouseTransparent(true);
    }

    /** The icon the supplier makes, fitted to size × size, or null without a supplier. */
    static IconBox of(Supplier<Node> supplier, double size) {
        if (supplier == null) {
            return null;
        }
        Node icon = supplier.get();
        if (icon == null) {
            throw new IllegalStateException("the node type's icon supplier returned null");
        }
        return new IconBox(icon, size);
    }
}
