package io.buildify.canvas.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The node types a host offers, in palette order, looked up by {@link NodeType#name()}. */
public final class NodeTypes {
    private final Map<String, NodeType> byName = new LinkedHashMap<>();

    public NodeTypes(Collection<NodeType> types) {
        for (NodeType type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("duplicate node type '" + type.name() + "'");
            }
        }
    }

    public static NodeTypes of(NodeType... types) {
        return new NodeTypes(List.of(types));
    }

    public List<NodeType> all() {
        return List.copyOf(byName.values());
    }

    public Optional<NodeType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public NodeType require(String name) {
        Objects.requireNonNull(name, "name");
        NodeType type = byName.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown node type '" + name + "'; known: " + byName.keySet());
        }
        return type;
    }
}
