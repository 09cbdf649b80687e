package io.buildify.canvas;

import io.buildify.canvas.internal.PaletteSkin;
import io.buildify.canvas.model.NodeType;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.Collection;
import java.util.Objects;

/**
 * A list of node types to drag onto a {@link DiagramView} in the same window: the view creates a node of the
 * dragged type centred where the mouse is released. Each entry's id is {@code palette-<type name>}.
 */
public class Palette extends Control {
    public static final String STYLE_CLASS = "palette";
    private static final String STYLESHEET = Objects.requireNonNull(
            Palette.class.getResource("palette.css"), "palette.css").toExternalForm();

    private final ObservableList<NodeType> nodeTypes = FXCollections.observableArrayList();

    public Palette() {
        getStyleClass().add(STYLE_CLASS);
    }

    public Palette(Collection<NodeType> types) {
        this();
        nodeTypes.setAll(types);
    }

    public final ObservableList<NodeType> getNodeTypes() {
        return nodeTypes;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PaletteSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }
}
