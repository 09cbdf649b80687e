package io.buildify.canvas.model;

import javafx.scene.Node;
import javafx.scene.paint.Color;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A kind of node supplied by the host application: how it looks (shape, colour, default size) and which ports
 * it offers. The canvas knows nothing else about it; {@code name} is the stable key used by the palette, the
 * clipboard and exports.
 *
 * <p>{@code icon}, optional (null for none), makes the small picture shown in the node and in the palette. It is
 * called once per place the icon appears and must return a new node each time (a node has one parent) — for
 * instance an {@code SVGPath}, an {@code ImageView} or an Ikonli {@code FontIcon}; the canvas scales it to fit.
 */
public record NodeType(String name, String displayName, NodeShape shape, Color color,
                       double width, double height, List<PortSpec> ports, Supplier<Node> icon) {
    public NodeType(String name, String displayName, NodeShape shape, Color color, double width, double height,
                    List<PortSpec> ports) {
        this(name, displayName, shape, color, width, height, ports, null);
    }

    public NodeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(color, "color");
        ports = List.copyOf(ports);
        if (name.isBlank()) {
            throw new IllegalArgumentException("node type name must not be blank");
        }
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("node type '" + name + "': size must be positive, was "
                    + width + "x" + height);
        }
        Set<String> ids = new HashSet<>();
        for (PortSpec port : ports) {
            if (!ids.add(port.id())) {
                throw new IllegalArgumentException("node type '" + name + "': duplicate port '" + port.id() + "'");
            }
        }
    }

    /** The same type with an icon (see the class comment). */
    public NodeType withIcon(Supplier<Node> newIcon) {
        return new NodeType(name, displayName, shape, color, width, height, ports, newIcon);
    }

    public Optional<PortSpec> port(String portId) {
        return ports.stream().filter(p -> p.id().equals(portId)).findFirst();
    }
}
