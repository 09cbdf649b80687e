package io.buildify.canvas;

import io.buildify.canvas.internal.MinimapSkin;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.Objects;

/**
 * An overview of a {@link DiagramView}'s whole diagram, as diagram-js-minimap: every node as a small box in its
 * type's colour and the view's visible area as a rectangle. Clicking centres the view there; dragging (the
 * rectangle or anywhere) pans it. It follows only the model (nodes added, removed, moved, resized) and the
 * view's viewport (zoom, offset, size) — it does not hook into commands — so it stays right whatever changes them.
 * Place it anywhere, typically in a corner over the view.
 */
public class Minimap extends Control {
    public static final String STYLE_CLASS = "minimap";
    private static final String STYLESHEET = Objects.requireNonNull(
            Minimap.class.getResource("minimap.css"), "minimap.css").toExternalForm();

    private final ObjectProperty<DiagramView> view = new SimpleObjectProperty<>(this, "view");

    public Minimap() {
        getStyleClass().add(STYLE_CLASS);
    }

    public Minimap(DiagramView view) {
        this();
        setView(view);
    }

    public final ObjectProperty<DiagramView> viewProperty() {
        return view;
    }

    public final DiagramView getView() {
        return view.get();
    }

    public final void setView(DiagramView value) {
        view.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MinimapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }
}
