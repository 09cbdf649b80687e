package io.buildify.canvas.clipboard;

import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramSnapshot;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds copied diagram parts as a {@link DiagramSnapshot}: the copied nodes and the edges whose both ends are
 * among them. It carries type names, not objects, so one clipboard ({@link #shared()}) serves every canvas of the
 * application, and pasting into another diagram works when it knows the same node types.
 */
public final class DiagramClipboard {
    private static final DiagramClipboard SHARED = new DiagramClipboard();

    private final ReadOnlyObjectWrapper<DiagramSnapshot> contents =
            new ReadOnlyObjectWrapper<>(this, "contents", new DiagramSnapshot(List.of(), List.of()));
    private int pasteCount;

    public static DiagramClipboard shared() {
        return SHARED;
    }

    /** Copies the selected nodes and the edges among them; returns false (and keeps the contents) if no node is selected. */
    public boolean copy(DiagramModel model, Collection<? extends DiagramElement> selection) {
        DiagramSnapshot fragment = fragmentOf(model, selection);
        if (fragment.nodes().isEmpty()) {
            return false;
        }
        contents.set(fragment);
        pasteCount = 0;
        return true;
    }

    public ReadOnlyObjectProperty<DiagramSnapshot> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    public DiagramSnapshot getContents() {
        return contents.get();
    }

    /** How far the next paste is shifted, so repeated pastes do not stack exactly on top of each other. */
    public double nextPasteOffset(double step) {
        return ++pasteCount * step;
    }

    public static DiagramSnapshot fragmentOf(DiagramModel model, Collection<? extends DiagramElement> selection) {
        Set<String> nodeIds = new HashSet<>();
        List<DiagramSnapshot.NodeState> nodes = model.nodes().stream()
                .filter(selection::contains)
                .peek(n -> nodeIds.add(n.id()))
                .map(DiagramSnapshot.NodeState::of).toList();
        List<DiagramSnapshot.EdgeState> edges = model.edges().stream()
                .filter(e -> nodeIds.contains(e.source().nodeId()) && nodeIds.contains(e.target().nodeId()))
                .map(DiagramSnapshot.EdgeState::of).toList();
        return new DiagramSnapshot(nodes, edges);
    }
}
